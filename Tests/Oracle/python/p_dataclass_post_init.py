from dataclasses import dataclass, field

@dataclass
class Meter:
    name: str
    total: float = 0.0
    count: int = 0
    history: list = field(default_factory=list)
    avg: float = field(init=False, default=0.0)

    def __post_init__(self):
        self.name = self.name.upper()

    def update(self, val, n=1):
        self.total += val * n
        self.count += n
        self.avg = self.total / self.count
        self.history.append(val)

m = Meter("loss")
for v in [0.9, 0.7, 0.4]:
    m.update(v)
print(m)
print(f"{m.name}: {m.avg:.4f}")

@dataclass
class Base:
    a: int
    b: int = 2

@dataclass
class Child(Base):
    c: int = 3

print(Child(1))
print(Child(1, c=9))

@dataclass
class Ref:
    x: int = field(default=0, repr=False)
    y: int = field(default=1, compare=False)
print(Ref(), Ref(1, 2) == Ref(1, 3))
