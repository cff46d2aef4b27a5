def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return f"{greeting}, {name}"
    return Greeter
G = make_class("Hola")
print(G().greet("Ana"))
print(G.__qualname__, G)
print(G().greet)
