# Chains of elementwise ops on big tensors (gradstep writes into temporaries no name holds): the
# values must be the same whatever is reused, and names, views, graphs and hooks must keep theirs.
import torch

torch.manual_seed(0)
x = torch.randn(50_000)
w = torch.randn(50_000)

y = (x * 1.5 + 0.5).relu()
print(y.sum().item(), y[:4], y[-3:])
a = 0.5
print(((x * a + 0.25).exp() - 1.0).abs().sum().item())
print((2 / (x.abs() + 1)).sum().item(), (1 - x * 3).sum().item(), (0.5 + (x * 2)).sum().item())
print(((x * 2) * (w * 3)).sum().item(), ((x + 1) / (w.abs() + 1)).sum().item())
print((x * 2 - w).sigmoid().tanh().sum().item())

# A named intermediate keeps its values, and so does a view of one.
t = x * 2
u = (t + 1).relu()
v = t[:5]
z = (t * 3).neg()
print(t[:3], v, u[:3], z[:3])

# A tensor that requires grad is saved by its graph: its chain is computed into fresh arrays.
p = torch.randn(50_000, requires_grad=True)
loss = ((p * 2 + 1).relu() * (p - 0.5)).sum()
loss.backward()
print(loss.item(), p.grad[:4], p.grad.sum().item())
with torch.no_grad():
    q = (p * 2 + 1).relu()
print(q.sum().item(), q.requires_grad)

# In a loop: the result of one iteration feeds the next.
acc = torch.zeros(50_000)
for i in range(5):
    acc = (acc * 0.9 + x).clamp(-3, 3)
    r = (acc * 2).abs()
print(acc.sum().item(), r.sum().item())

# float64 and integer chains.
d = (x.double() * 1.5 + 0.5).relu()
n = (torch.arange(50_000) * 3 + 1) % 7
print(d.sum().item(), d.dtype, n.sum().item(), n.dtype)
print((x.half() * 2 + 1).float().sum().item())
