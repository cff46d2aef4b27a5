import torch
w = torch.tensor([0.0, 0.2])
for i in range(20):
    r = round(w)
    w.add_(r * 0.5 + 0.1)
print(w)
