# NumPy-style aliases of the elementwise functions: torch.arcsin is torch.asin, x.absolute() is x.abs(), ...
import torch

x = torch.tensor([-0.6, 0.1, 0.45], requires_grad=True)
for name in ["arcsin", "arccos", "arctan", "arcsinh", "absolute"]:
    y = getattr(torch, name)(x)
    z = getattr(x, name)()
    print(name, y.grad_fn.name(), torch.equal(y, z))
    y.sum().backward()
    print("   ", y.detach(), x.grad)
    x.grad = None

h = x.detach() * 2
h.arctan_()
print(h)
w = x * 1
w.arcsinh_()
print(w.grad_fn.name())
