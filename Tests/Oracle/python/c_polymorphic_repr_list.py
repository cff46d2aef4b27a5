class Animal:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal): pass
class Cat(Animal): pass
pets = [Dog("rex"), Cat("tom")]
print(pets)
print({p.name: p for p in pets})
print(tuple(pets), str(pets[0]))
