import torch
a = torch.tensor([1., 2., 3.], requires_grad=True)
b = torch.tensor([[0.5, -0.5], [1., 2.]], requires_grad=True)
for i in range(3):
    l = (a ** 2).sum() + (b * 3).sum()
    l.backward()
    with torch.no_grad(): a -= 0.1 * a.grad; b -= 0.5 * b.grad
    with torch.no_grad(): print(i, a * 2, l)
    a.grad.zero_(); b.grad = None
print(a)
print(b)
with torch.no_grad(): c = a + b.sum()
print(c, c.requires_grad, c.grad_fn)
with torch.no_grad(): print((a * a).requires_grad)
print((a * a).requires_grad)
