import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x.detach()
y[0] = 100.
print(x)
z = x.clone()
print(z.requires_grad, z.is_leaf)
w = x.detach().requires_grad_()
print(w.is_leaf)
print(x.data)
print(x.detach().numpy() if False else x.detach())
