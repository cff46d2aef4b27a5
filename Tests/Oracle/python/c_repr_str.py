class Money:
    def __init__(self, amount):
        self.amount = amount
    def __repr__(self):
        return f"Money({self.amount})"
    def __str__(self):
        return f"${self.amount:.2f}"

m = Money(3.5)
print(m)
print(repr(m))
print(str(m))
print([m, m])
print(f"{m} and {m!r}")
print("value: %s / %r" % (m, m))
print("{} {!r}".format(m, m))
print({"k": m})
print((m,))
