import torch
import torch.nn as nn

torch.manual_seed(0)
ln = nn.LayerNorm(4)
print(ln)
print(ln.weight, ln.bias)
x = torch.randn(3, 4, requires_grad=True)
y = ln(x)
print(y)
print(y.grad_fn.name())
(y * torch.arange(4.0)).sum().backward()
print(x.grad)
print(ln.weight.grad)
ln2 = nn.LayerNorm([2, 3], elementwise_affine=False)
print(ln2, list(ln2.parameters()))
print(ln2(torch.arange(12.0).reshape(2, 2, 3)))
