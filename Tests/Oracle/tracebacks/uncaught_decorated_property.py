import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

class Model:
    def __init__(self):
        self.weights = [1.0, 2.0]

    @logged
    def predict(self, i):
        return self.weights[i] * 2

    @property
    def norm(self):
        return sum(w ** 2 for w in self.weights) ** 0.5 / self.scale

def batches(data, size):
    for i in range(0, len(data), size):
        yield data[i] / size

m = Model()
print(m.predict(1))
for b in batches([2, 4], 2):
    print(b)
try:
    print(m.norm)
except AttributeError as e:
    print("AttributeError:", e)
gen = batches([1, "x"], 1)
print(next(gen))
print(list(gen)) if False else None
print(m.norm)
