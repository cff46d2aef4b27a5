import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
v = torch.tensor([0.5, 0.5], requires_grad=True)
for i in range(12):
    v.requires_grad_(False)
    loss = (w * v).sum()
    loss.backward()
    v.requires_grad_(True)
    loss2 = (w * v).sum()
    loss2.backward()
print(w.grad.tolist(), v.grad.tolist(), v.requires_grad)
