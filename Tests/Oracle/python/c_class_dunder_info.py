class Documented:
    """A documented class."""
    value = 1
print(Documented.__name__, Documented.__module__, Documented.__doc__, Documented.__qualname__)
class Plain:
    pass
print(Plain.__doc__, Plain.__bases__)
d = Documented()
print(d.__class__.__name__, d.__doc__, d.__module__)
