import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(10):
    a = w * 2
    b = a.sin()
    a.add_(1)
    b.sum().backward()
print(w.grad)
