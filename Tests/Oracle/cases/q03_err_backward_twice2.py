import torch
x = torch.tensor(2., requires_grad=True)
y = x.exp()
z = y * 3
z.backward()
print(x.grad)
z.backward()
