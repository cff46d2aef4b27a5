import torch
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
s = torch.zeros(2, 2)
for i in range(20):
    t = w.t()
    s.add_(t)
    w.mul_(0.9)
print(w, s, t)
