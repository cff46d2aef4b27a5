import math

class Layer:
    def __init__(self, scale):
        self.scale = scale

    def forward(self, xs):
        return [x / self.scale for x in xs]

def total(values):
    counts = {"train": len(values)}
    return counts["valid"] + sum(values)

def check(layer):
    assert layer.scale > 0, "scale must be positive"

layers = [Layer(2.0), Layer(0.0)]
print(layers[0].forward([1.0, 2.0]))
for name, fn in [("div", lambda: layers[1].forward([1.0])), ("key", lambda: total([1, 2])),
                 ("assert", lambda: check(layers[1])), ("attr", lambda: layers[0].backward()),
                 ("math", lambda: math.sqrt(-1) * 2), ("index", lambda: layers[5])]:
    try:
        fn()
    except Exception as e:
        import traceback
        print("".join(traceback.format_exception(e)[1:]), end="")
t = (1, 2)
a, b = t
t[0] = a + b
