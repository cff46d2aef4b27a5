import torch
W = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
Wt = W.t()
row = W[1]
v = torch.tensor([0.5, -0.5])
for i in range(15):
    Wt.mul_(0.9)
    Wt.add_(v * 0.01)
print(W.tolist(), row.tolist())
