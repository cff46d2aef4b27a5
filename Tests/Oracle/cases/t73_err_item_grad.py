import torch
w = torch.tensor([1., 2.], requires_grad=True)
(w * w).sum().backward()
print(w.grad)
print(w.grad.item())
