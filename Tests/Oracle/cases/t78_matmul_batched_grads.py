import torch
x = torch.arange(24).float().view(2, 3, 4) / 10
W = torch.tensor([[1., -1.], [0.5, 0.], [0., 2.], [-1., 1.]], requires_grad=True)
out = x @ W
print(out)
print(out.shape, out.grad_fn.name())
out.sum().backward()
print(W.grad)
v = torch.tensor([1., 0., -1., 2.], requires_grad=True)
y = x @ v
print(y)
(y ** 2).mean().backward()
print(v.grad)
a = torch.ones(2, 2, 3)
b = torch.arange(12).float().view(2, 3, 2)
print(a @ b)
print(torch.matmul(torch.ones(3), b.transpose(1, 2).transpose(1, 2)))
