class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def key(self):
        return (self.major, self.minor)
    def __lt__(self, o): return self.key() < o.key()
    def __le__(self, o): return self.key() <= o.key()
    def __eq__(self, o): return self.key() == o.key()
    def __repr__(self): return f"v{self.major}.{self.minor}"
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), min(vs), max(vs))
print(Version(1, 0) < Version(1, 1), Version(2, 0) > Version(1, 1), Version(1, 1) >= Version(1, 1))
print(sorted(vs, reverse=True))
print(Version(1, 0) in vs, vs.index(Version(1, 0)))
