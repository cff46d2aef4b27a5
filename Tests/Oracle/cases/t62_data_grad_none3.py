import torch
p = torch.tensor([[1., -1.], [0.5, 2.]], requires_grad=True)
for i in range(3):
    loss = ((p - 1) ** 2).sum()
    loss.backward()
    p.data -= 0.25 * p.grad.data
    print(i, p.grad)
    p.grad = None
print(p)
print(p.data)
print(p.grad)
p.data = torch.zeros(2, 2)
print(p)
print(p.data.requires_grad, p.requires_grad)
p.data[0, 0] = 3.
print(p)
