import torch
w = torch.tensor([1.0, 2.0])
for i in range(20):
    if i == 15:
        break
    h = w + 1
    a, b = h.unbind(0)
    h.mul_(10)
    w.add_(1)
print(h, a, b)
