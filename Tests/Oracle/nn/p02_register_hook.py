import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
h = y.register_hook(lambda g: g * 10)
x.register_hook(lambda g: print("x grad", g))
z = (y ** 2).sum()
z.backward()
print(x.grad)
h.remove()
