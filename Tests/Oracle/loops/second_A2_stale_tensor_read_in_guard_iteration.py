import torch
w = torch.zeros(1)
v = w * 2
for i in range(20):
    if i % 10 == 0:
        print(i, v)
    v = w * 2
    w.add_(1)
