import torch
w = torch.tensor([1.0, 2.0, 3.0])
for i in range(20):
    if i == 15:
        break
    h = w * 2
    v = h[0:2]
    h.add_(1)
    w.add_(0.5)
print(h, v, w)
