def describe(x):
    handlers = {"int": lambda v: f"int {v}", "str": lambda v: f"str {v!r}", "Point": lambda v: f"point {v.x},{v.y}"}
    return handlers.get(type(x).__name__, lambda v: "unknown")(x)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
for v in [1, "a", Point(1, 2), 2.5]:
    print(describe(v))
