def documented(a, b=2):
    """Adds two numbers."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__)
def nodoc(): pass
print(nodoc.__doc__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__qualname__)
class K:
    def m(self): pass
print(K.m.__qualname__, K.m.__name__, K().m.__name__)
documented.tag = "math"
print(documented.tag)
