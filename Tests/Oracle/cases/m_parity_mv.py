import torch
torch.manual_seed(0)
A = torch.randn(3, 2)
v = torch.randn(2, requires_grad=True)
for k in range(6):
    A = torch.randn(3, 2)
    out = A @ v
    print(out.tolist())
    (out * torch.randn(3)).sum().backward()
    print(v.grad.tolist())
    v.grad = None
