class E(Exception): pass
E("x", code=1)
