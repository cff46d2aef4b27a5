import torch
loss = torch.tensor([1., 2.])
print(loss.sum().item())
print(loss.item())
