import torch
w = torch.tensor([1.0, 2.0])
v = torch.tensor([0.5, 0.5])
for i in range(21):
    w.requires_grad_(not w.requires_grad)
    v.add_(1.0)
print(w.requires_grad, v)
