import torch
w = torch.zeros(1)
for i in range(20):
    if i < 10:
        z = w * 2
    w.add_(z + 1)
print(w)
