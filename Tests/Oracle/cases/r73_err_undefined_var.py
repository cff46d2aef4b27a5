import torch
w = torch.ones(2, requires_grad=True)
for i in range(3):
    loss = (w * 2).sum()
    loss.backward()
print(w.grad)
print(weights)
