import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
x = torch.randn(2, 4, 3, requires_grad=True)
y = lin(x)
print(y.shape)
print(y.grad_fn.name())
y.sum().backward()
print(lin.weight.grad)
v = torch.randn(3)
print(lin(v), lin(v).grad_fn.name())
nb = nn.Linear(3, 2, bias=False)
print(nb, nb.bias)
print(nb(torch.ones(1, 3)).grad_fn.name())
try:
    lin(torch.ones(2, 4))
except RuntimeError as e:
    print("RuntimeError:", e)
