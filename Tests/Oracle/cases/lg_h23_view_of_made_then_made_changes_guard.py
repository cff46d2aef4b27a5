import torch
w = torch.tensor([1.0, 2.0, 3.0])
h = w * 1
v = h[0:2]
for i in range(20):
    if i % 7 == 6:
        print(i, h, v)
    h = w * 2
    v = h[0:2]
    h.mul_(3)
    w.add_(0.5)
