class Value:
    def __init__(self, data, _children=()):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = _children
    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other))
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out
    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other))
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
    def __radd__(self, other): return self + other
    def __rmul__(self, other): return self * other
    def __sub__(self, other): return self + (-1 * other)
    def __pow__(self, k):
        out = Value(self.data ** k, (self,))
        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad
        out._backward = _backward
        return out
    def backward(self):
        topo, seen = [], []
        def build(v):
            if not any(v is s for s in seen):
                seen.append(v)
                for c in v._prev:
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

class Module:
    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0.0
    def parameters(self):
        return []

class Neuron(Module):
    def __init__(self, nin, w):
        self.w = [Value(x) for x in w[:nin]]
        self.b = Value(0.0)
    def __call__(self, x):
        return sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
    def parameters(self):
        return self.w + [self.b]
    def __repr__(self):
        return f"LinearNeuron({len(self.w)})"

n = Neuron(2, [0.5, -0.25])
xs = [[1.0, 2.0], [2.0, 1.0], [3.0, 0.5]]
ys = [1.0, 2.0, 3.0]
for step in range(5):
    loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
    n.zero_grad()
    loss.backward()
    for p in n.parameters():
        p.data -= 0.02 * p.grad
    print(step, round(loss.data, 6))
print(n, [round(p.data, 4) for p in n.parameters()])
