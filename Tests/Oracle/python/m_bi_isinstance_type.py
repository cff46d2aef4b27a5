print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int), isinstance("s", (int, str)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(type(3) is int, type(3.0) == float, type("x").__name__, type([]).__name__, type(len).__name__)
print(int, float, str, list, type(None))
