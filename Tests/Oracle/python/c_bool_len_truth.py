class Empty:
    def __len__(self): return 0
class Full:
    def __len__(self): return 2
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on
print(bool(Empty()), bool(Full()), bool(Flag(False)), bool(Flag(True)), bool(object()))
if not Empty():
    print("empty is falsy")
print("yes" if Flag(True) else "no", Flag(False) or "fallback")
