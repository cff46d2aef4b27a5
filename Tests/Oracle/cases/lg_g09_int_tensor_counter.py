import torch
c = torch.tensor([2**40, 7])
w = torch.tensor([1.0, 2.0])
for i in range(20):
    c += 1
    w.mul_(1.5)
print(c, w)
