class Animal:
    def sound(self):
        return "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound()}"
class Cat(Animal):
    def sound(self):
        return "meow"
class Lion(Cat):
    def sound(self):
        return Cat.sound(self).upper() + "!"
for a in [Animal(), Cat(), Lion()]:
    print(a.speak())
