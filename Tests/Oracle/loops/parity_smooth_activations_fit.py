# Fit 45 targets with per-point weights through SiLU, tanh-GELU, softplus and ELU: their forward and
# backward kernels use SLEEF in PyTorch's vector loop (the first 32 elements) and glibc in the tail.
import torch
import torch.nn.functional as F
torch.manual_seed(21)
x = torch.linspace(-3, 3, 45)
target = torch.sigmoid(2 * x) - 0.5 + 0.1 * torch.randn(45)
a = torch.randn(45, requires_grad=True)
b = torch.zeros(45, requires_grad=True)
c = torch.ones(45, requires_grad=True)
opt = torch.optim.SGD([a, b, c], lr=0.05)
for step in range(240):
    opt.zero_grad()
    h = a * x + b
    pred = F.silu(h) - 0.5 * F.gelu(c * x, approximate="tanh") + 0.2 * F.softplus(h - 1) - 0.1 * F.elu(h - 1)
    loss = ((pred - target) ** 2).mean()
    loss.backward()
    opt.step()
    if step % 30 == 0:
        print(step, loss.item())
print("loss", loss.item())
print(a[28:].tolist())
print(c.grad[28:].tolist())
