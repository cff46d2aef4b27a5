import torch
w = torch.tensor([0.5, -0.25, 2.0], requires_grad=True)
x = torch.tensor([[1., 2., 3.], [0.5, -1., 4.]])
for k in range(50):
    out = ((x * w) ** 2).sum() + (w * w).sum() / 3
    out.backward()
print(w.grad.tolist(), out.item())
