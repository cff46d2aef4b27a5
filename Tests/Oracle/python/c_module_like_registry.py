class Module:
    def __init__(self):
        object.__setattr__(self, "_params", {})
        object.__setattr__(self, "_modules", {})
    def __setattr__(self, name, value):
        if isinstance(value, Module):
            self._modules[name] = value
        elif isinstance(value, float):
            self._params[name] = value
        else:
            object.__setattr__(self, name, value)
    def __getattr__(self, name):
        if name in self._params:
            return self._params[name]
        if name in self._modules:
            return self._modules[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
    def parameters(self):
        out = list(self._params.values())
        for m in self._modules.values():
            out += m.parameters()
        return out
class Lin(Module):
    def __init__(self):
        super().__init__()
        self.w = 0.5
        self.b = 0.1
        self.name = "lin"
class Net(Module):
    def __init__(self):
        super().__init__()
        self.l1 = Lin()
        self.l2 = Lin()
        self.scale = 2.0
net = Net()
print(net.parameters(), net.l1.w, net.scale, net.l1.name)
print(sorted(net.__dict__))
net.missing
