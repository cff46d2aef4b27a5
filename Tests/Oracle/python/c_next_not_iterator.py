class C: pass
next(C())
