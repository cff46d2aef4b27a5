class T:
    def __str__(self): return "T-str"
    def __repr__(self): return "T-repr"
t = T()
print(t, [t], (t, t), {"k": t}, str(t), repr(t))
print(f"{t} {t!r} {t!s}", "%s %r" % (t, t), "{0} {0!r}".format(t))
print(str([t]), "-".join([str(t), repr(t)]))
