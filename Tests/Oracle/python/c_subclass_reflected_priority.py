class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return "Num.add"
    def __radd__(self, o): return "Num.radd"
class Sub(Num):
    def __radd__(self, o): return "Sub.radd"
print(Num(1) + Sub(2))
print(Sub(1) + Num(2))
