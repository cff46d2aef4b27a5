import torch
w = torch.zeros(2)
for i in range(20):
    if i == 15:
        break
    c = (w * 1).clamp_(0, 5)
    w.add_(torch.tensor([1.0, 0.5]))
print(c, w)
