import torch
w = torch.zeros(2)
for i in range(20):
    if i == 15:
        break
    c = torch.tensor([1.0, 2.0]); c.add_(w)
    w.add_(torch.tensor([1.0, 0.5]))
print(c, w)
