# arange builds each element from start and step in double precision with fused multiply-adds:
# the point that should be 0 is 4.4409e-16, so ReLU's gradient there is 1, as in PyTorch.
import torch

x = torch.arange(-8, 8, 0.1, requires_grad=True)
print(x[80].item(), x[79].item(), x[81].item())
y = torch.relu(x)
y.sum().backward()
print(x.grad[78:83])
print(x.grad.sum())
print(torch.arange(-8, 8, 0.1)[75:90])
print(torch.arange(0, 1, 0.01).tolist()[:20])
print(torch.arange(-1.3, 2.7, 0.037)[-5:])
d = torch.arange(0.1, 100, 0.3, dtype=torch.float64)
print(d[0:6].tolist(), d[-4:].tolist())
print(torch.arange(-5, 5, 0.123, dtype=torch.float64)[40:44].tolist())
print(torch.arange(5, dtype=torch.float32), torch.arange(0.5, 3))
