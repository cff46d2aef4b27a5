import torch
w = torch.ones(3, 2, requires_grad=True)
loss = (w ** 2).sum(dim=0)
print(loss)
loss.backward()
