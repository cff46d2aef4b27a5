import torch
w = torch.zeros(1)
try:
    for i in range(20):
        if i == 15:
            raise ValueError
        v = w * 2
        w.add_(1)
except ValueError:
    pass
print(v)
