import torch
# In-place updates keep a tensor's dtype: uint8 wraps, and half rounds every result.
t = torch.tensor([10, 200, 250], dtype=torch.uint8)
t += 10
print(t)
t.mul_(2)
print(t)
t[0] = 7
print(t)
try:
    t += 1.5
except RuntimeError as e:
    print("RuntimeError:", e)
h = torch.zeros(3, dtype=torch.half)
h += 0.1
h[1] = 1 / 3
print(h, h.dtype)
h.add_(torch.tensor([1.0, 2.0, 3.0]))
print(h)
c = torch.tensor([1, -2], dtype=torch.int8)
c.fill_(100)
print(c, c * 2, c.sum())
print(torch.tensor([1.6, -1.6]).to(torch.int8), torch.tensor([300.0]).byte())
print(torch.arange(0, 256, 64, dtype=torch.uint8), torch.linspace(0, 1, 3).half())
t[1] = 300
