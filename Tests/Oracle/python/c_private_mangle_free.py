class Base:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self): return "b1"
    def step2(self): return "b2"
class Impl(Base):
    def step2(self): return "i2"
print(Impl().template(), Base().template())
