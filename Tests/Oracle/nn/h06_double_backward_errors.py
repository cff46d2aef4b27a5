# What higher-order gradients look like: grad_fn of a gradient, requires_grad, detaching.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w.exp() * w).sum()
g, = torch.autograd.grad(loss, w, create_graph=True)
print(g)
print(g.grad_fn.name())
print(g.requires_grad, g.is_leaf)

# without create_graph the gradient is a plain tensor
g2, = torch.autograd.grad((w.exp() * w).sum(), w)
print(g2, g2.requires_grad)

# differentiating a gradient that was computed without a graph fails
try:
    torch.autograd.grad(g2.sum(), w)
except RuntimeError as e:
    print("RuntimeError:", e)

# a penalty on the gradient norm
penalty = g.pow(2).sum()
penalty.backward()
print(w.grad)

# second derivative of a function linear in x is not connected to x
x = torch.tensor(3.0, requires_grad=True)
y = 4 * x + 1
d, = torch.autograd.grad(y, x, create_graph=True)
print(d, d.requires_grad)
print(torch.autograd.grad(x * x * x, x, create_graph=True)[0].grad_fn.name())
