import torch
w = torch.tensor([1.0, 2.0, 3.0])
s = torch.zeros(1)
for i in range(20):
    a, b, c = w.unbind(0)
    s.add_(a + b * c * 0.01)
    w.mul_(1.01)
print(w, s, a, b, c)
