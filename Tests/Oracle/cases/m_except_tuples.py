try:
    1 / 0
except (ValueError, ZeroDivisionError) as e:
    print("caught", e)
try:
    int("x")
except (TypeError, (KeyError, ValueError)):
    print("nested")
try:
    [][1]
except Exception:
    print("base")
