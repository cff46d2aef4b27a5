try:
    [][1]
except IndexError as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    int("x")
except Exception as e:
    print(type(e).__name__, "|", e)
    print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, TypeError))
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(Exception()), repr(Exception()))
