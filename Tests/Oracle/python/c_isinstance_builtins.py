vals = [1, 2.5, "s", [1], (1,), {"a": 1}, True, None, {1, 2}]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (float, str)), isinstance(v, (list, tuple)), isinstance(v, dict), isinstance(v, object))
print(isinstance(True, int), isinstance(1, bool))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, str))
