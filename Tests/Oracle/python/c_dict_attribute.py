class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.__dict__)
p.__dict__["z"] = 3
print(p.z, sorted(p.__dict__))
p.__dict__["w"] = 4
print(p.w)
print("kind" in P.__dict__, "x" in P.__dict__)
print(vars(p) if False else list(p.__dict__.keys()))
