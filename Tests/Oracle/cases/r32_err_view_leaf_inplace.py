import torch
w = torch.zeros(4, requires_grad=True)
with torch.no_grad():
    w[0] = 1.
print(w)
w[1] = 2.
