import torch
x = torch.tensor([1., 2.])
y = (x * 3).sum()
print(y.requires_grad)
y.backward()
