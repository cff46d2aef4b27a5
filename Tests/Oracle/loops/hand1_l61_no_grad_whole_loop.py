import torch
torch.manual_seed(14)
x = torch.randn(5)
h = torch.zeros(5)
with torch.no_grad():
    for i in range(100):
        h.mul_(0.9)
        h.add_(x.tanh() * 0.1)
        x.sub_(0.01 * x)
print(h.tolist(), x.tolist())
