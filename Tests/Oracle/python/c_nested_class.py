class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
    def make(self):
        return Outer.Inner()
i = Outer().make()
print(i.hi(), Outer.Inner.__qualname__, type(i).__name__)
print(Outer.Inner)
