class Linear:
    def __init__(self, w, b):
        self.w = w
        self.b = b
    def __call__(self, x):
        return self.w * x + self.b

f = Linear(2, 1)
print(f(3), [f(x) for x in range(4)])
print(callable(f) if False else "ok")
class NoCall: pass
NoCall()()
