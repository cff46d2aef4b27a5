s = "  Deep Learning  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.lower(), s.upper())
print("hello world".title(), "hELLO".capitalize(), "AbC".swapcase(), "--x--".strip("-"), "xxaxx".lstrip("x"))
print("Straße".lower(), "a1!".upper())
