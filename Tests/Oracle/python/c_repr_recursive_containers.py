class Box:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Box({self.v!r})"
print(Box([Box(1), Box("s")]))
print({"a": Box((1, 2))})
print(Box(Box(None)))
