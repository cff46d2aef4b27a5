import torch
w = torch.tensor([0.0, 3.0, 6.0])
for i in range(20):
    w.add_(torch.tensor([1.0, 0.5, 0.25]))
    m = w > 4
    w[m] = w[m] * 0.1
print(w)
