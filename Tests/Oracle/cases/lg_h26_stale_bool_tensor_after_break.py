import torch
w = torch.zeros(1)
for i in range(20):
    if i == 15:
        break
    flag = w.sum() > 5
    w.add_(1)
print(flag, w)
