import torch
w = torch.tensor([0.0, -3.0])
for i in range(20):
    f = (w > 0).all().float()
    w.add_(f * 10.0 + 0.25)
print(w)
