class Thing:
    pass

t = Thing()
print(t)
print(repr(t))
print(Thing)
print(type(t))
print([t])
