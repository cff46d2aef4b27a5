"""Python's abc, written for gradstep's interpreter (which has no metaclasses): ABC computes a
class's abstract methods when it is subclassed and refuses to instantiate one that has any, with
CPython's error text."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for part in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstract_names(cls):
    names = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)

    def __new__(cls, *args, **kwargs):
        abstract = getattr(cls, '__abstractmethods__', ())
        if abstract:
            names = sorted(abstract)
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + ' with abstract method' +
                            ('s' if len(names) > 1 else '') + ' ' + ', '.join(names))
        return object.__new__(cls)


ABCMeta = type


def update_abstractmethods(cls):
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls
