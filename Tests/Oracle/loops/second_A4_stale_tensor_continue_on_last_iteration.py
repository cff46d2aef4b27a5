import torch
w = torch.zeros(1)
for i in range(21):
    if i == 20:
        continue
    v = w * 2
    w.add_(1)
print(v)
