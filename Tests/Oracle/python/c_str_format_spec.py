class Pct:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "pct":
            return f"{self.v * 100:.1f}%"
        return format(self.v, spec)
p = Pct(0.256)
print(f"{p:pct} {p:.2f} {p}")
print("{:pct}".format(p) if False else format(p, "pct"))
