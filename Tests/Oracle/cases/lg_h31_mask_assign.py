import torch
w = torch.tensor([0.0, 3.0, 6.0])
for i in range(20):
    w.add_(1.0)
    w[w > 7] = 0.0
print(w)
