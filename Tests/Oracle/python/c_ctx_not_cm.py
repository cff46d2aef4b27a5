class C: pass
with C():
    pass
