class Layer:
    def __init__(self, name, n):
        self.name = name
        self.n = n
    def __repr__(self):
        return f"<{self.name}:{self.n}>"
layers = {l.name: l for l in [Layer("fc1", 4), Layer("fc2", 2)]}
for name, layer in layers.items():
    print(name, layer, layer.n)
print(layers)
print(sorted(layers.values(), key=lambda l: l.n))
total = sum(l.n for l in layers.values())
print(total)
