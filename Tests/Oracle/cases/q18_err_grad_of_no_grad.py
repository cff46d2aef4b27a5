import torch
w = torch.ones(2, requires_grad=True)
with torch.no_grad():
    y = (w * 2).sum()
print(y.requires_grad)
y.backward()
