class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(str(x) for x in self.xs) + ")"

v = Vec(1, 2, 3)
print(v)
print(str(v))
print(f"{v}")
