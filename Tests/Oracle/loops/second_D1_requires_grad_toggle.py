import torch
w = torch.zeros(1)
v = torch.zeros(1)
for i in range(21):
    w.requires_grad_(not w.requires_grad)
    v.add_(1)
print(w.requires_grad)
