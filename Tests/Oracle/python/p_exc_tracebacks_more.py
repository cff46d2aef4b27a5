class ValidationError(Exception):
    pass

class Model:
    def __init__(self, n):
        if n <= 0:
            raise ValidationError(f"n must be positive, got {n}")
        self.n = n
    def forward(self, xs):
        return [self.layer(x) for x in xs]
    def layer(self, x):
        return 10 / x

def train(model, data):
    out = []
    for batch in data:
        try:
            out.append(model.forward(batch))
        except ZeroDivisionError as e:
            print("skipping batch", batch, "->", e)
            continue
        finally:
            print("batch done")
    return out

m = Model(2)
print(train(m, [[1, 2], [0, 1], [5]]))
try:
    Model(-1)
except ValidationError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
def inner():
    {}["missing"]
try:
    outer()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__cause__.args)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
m.forward([3, 0])
