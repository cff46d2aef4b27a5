# Higher-order derivatives: differentiate the derivative of a cubic.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3 - 2 * x**2 + 5 * x - 1

# first derivative, keeping the graph so we can differentiate again
dy_dx, = torch.autograd.grad(y, x, create_graph=True)
print("dy/dx:", dy_dx)
print("requires_grad:", dy_dx.requires_grad)

d2y_dx2, = torch.autograd.grad(dy_dx, x, create_graph=True)
print("d2y/dx2:", d2y_dx2)

d3y_dx3, = torch.autograd.grad(d2y_dx2, x)
print("d3y/dx3:", d3y_dx3)

# analytic check: 3x^2 - 4x + 5, 6x - 4, 6
print(3 * 2.0**2 - 4 * 2.0 + 5, 6 * 2.0 - 4, 6.0)

# the same with backward(create_graph=True): x.grad now has a graph of its own
x = torch.tensor([1.0, -0.5, 3.0], requires_grad=True)
y = (x ** 3).sum()
y.backward(create_graph=True)
print(x.grad)
g = x.grad
x.grad = None
g.sum().backward()
print(x.grad)

# accumulating with create_graph adds out of place
x = torch.tensor(1.5, requires_grad=True)
(x ** 2).backward(create_graph=True)
first = x.grad
(x ** 3).backward(create_graph=True)
print(first, x.grad, x.grad is first)
