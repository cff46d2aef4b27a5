def risky():
    raise KeyError("k")
try:
    try:
        risky()
    except KeyError as e:
        print("logging", repr(e))
        raise
except LookupError as e:
    print("outer caught", type(e).__name__, e)
