import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
for name in ["exp", "sin", "cos", "tanh", "sigmoid", "relu", "abs", "neg"]:
    y = getattr(x, name)()
    print(name, y)
ys = [x.exp(), x.sin(), x.cos(), x.tanh(), x.sigmoid(), x.relu(), x.abs(), -x]
total = sum(y.sum() for y in ys)
total.backward()
print(x.grad)
p = torch.tensor([0.25, 1.0, 4.0], dtype=torch.float64, requires_grad=True)
z = p.log() + p.sqrt() + p ** 1.5 + 2 ** p + p ** p
z.sum().backward()
print(z, p.grad)
print(torch.tanh(torch.tensor([0.5], dtype=torch.float64)).item())
print(x.clamp(-1, 1), x.clamp(min=0.25))
print(torch.where(x > 0, x, torch.zeros_like(x)))
