import torch
x = torch.ones(2, requires_grad=True)
with torch.no_grad():
    y = x * 2
    print(y.requires_grad)
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())
z = x * 2
print(z.requires_grad)
print(y.grad_fn, z.grad_fn)
with torch.enable_grad():
    print((x * 1).requires_grad)
