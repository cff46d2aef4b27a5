import torch
w = torch.zeros(2)
for i in range(20):
    if i == 15:
        break
    n = w.long()
    a = (w > 5).any()
    f = (w > 3).float()
    w.add_(1)
print(n, a, f)
