import torch
x = torch.tensor(2., requires_grad=True)
y = x.exp() * x
y.backward()
print(x.grad)
y.backward()
