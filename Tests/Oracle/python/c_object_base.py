class A(object):
    pass
a = A()
print(isinstance(a, object), A.__bases__, type(object))
print(object)
o = object()
print(type(o).__name__)
