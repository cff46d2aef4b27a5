import torch
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
for i in range(20):
    if i == 15:
        break
    h = w * 1
    t = h.t()
    h.add_(100)
    w.add_(1)
print(h, t)
