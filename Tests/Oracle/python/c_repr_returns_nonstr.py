class R:
    def __repr__(self):
        return 42
print(repr(R()))
