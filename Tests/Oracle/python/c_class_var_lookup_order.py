class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting
class Child(Base):
    greeting = "hi"
c = Child()
print(c.greet(), Base().greet())
c.greeting = "yo"
print(c.greet(), Child.greeting)
del c.greeting
print(c.greet())
