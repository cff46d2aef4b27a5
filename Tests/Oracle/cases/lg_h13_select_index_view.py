import torch
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
s = torch.zeros(2)
for i in range(20):
    r = w[1]
    s.add_(r)
    w.add_(1.0)
print(w, s, r)
