import torch
w = torch.tensor([1.0])
s = torch.zeros(3)
for i in range(20):
    e = w.expand(3)
    s.add_(e)
    w.add_(0.5)
print(w, s, e)
