import torch
w = torch.tensor([0.0, 3.0, 6.0])
s = torch.zeros(1)
for i in range(20):
    w.add_(torch.tensor([1.0, -0.5, 0.25]))
    s.add_(w[w > 2].sum())
print(w, s)
