import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = a.exp()
b.add_(1)
print(b)
b.sum().backward()
