class A: pass
class B(A): pass
objs = [A(), B(), 1, "s"]
print([type(o) == A for o in objs])
print([type(o) is B for o in objs])
print(type(1) == int if False else type(objs[0]).__name__)
print(type(A) , type(A()).__mro__)
