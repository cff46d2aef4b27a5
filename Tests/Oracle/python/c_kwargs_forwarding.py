class Base:
    def __init__(self, *args, **kwargs):
        print("Base got", args, kwargs)
class Derived(Base):
    def __init__(self, x, *args, verbose=False, **kwargs):
        self.x = x
        self.verbose = verbose
        super().__init__(*args, **kwargs)
d = Derived(1, 2, 3, verbose=True, lr=0.1)
print(d.x, d.verbose)
