import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x * 2
y.backward(torch.ones(3))
print(x.grad)
z = x ** 2
z.backward()
