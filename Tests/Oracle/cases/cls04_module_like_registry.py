import torch

class Module:
    def __init__(self):
        object.__setattr__(self, "_params", {})
        object.__setattr__(self, "_children", {})

    def __setattr__(self, name, value):
        if isinstance(value, torch.Tensor) and value.requires_grad:
            self._params[name] = value
        elif isinstance(value, Module):
            self._children[name] = value
        object.__setattr__(self, name, value)

    def parameters(self):
        ps = list(self._params.values())
        for child in self._children.values():
            ps += child.parameters()
        return ps

    def __call__(self, *args):
        return self.forward(*args)

class Affine(Module):
    def __init__(self, w, b):
        super().__init__()
        self.w = torch.tensor(w, requires_grad=True)
        self.b = torch.tensor(b, requires_grad=True)
        self.note = "affine"
    def forward(self, x):
        return self.w * x + self.b

class Net(Module):
    def __init__(self):
        super().__init__()
        self.first = Affine(2.0, 1.0)
        self.second = Affine(-1.0, 0.5)
    def forward(self, x):
        return self.second(torch.relu(self.first(x)))

net = Net()
print(len(net.parameters()), [p.item() for p in net.parameters()])
x = torch.tensor([0.5, -2.0, 3.0])
out = net(x).sum()
out.backward()
print(out)
for p in net.parameters():
    print(p.grad)
