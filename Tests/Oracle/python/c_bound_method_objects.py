class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name
g = Greeter("bo")
m = g.greet
print(m())
print(m.__self__ is g, m.__func__ is Greeter.greet)
fs = [Greeter(n).greet for n in "ab"]
print([f() for f in fs])
print(Greeter.greet(g))
print(list(map(Greeter.greet, [Greeter("x"), Greeter("y")])))
