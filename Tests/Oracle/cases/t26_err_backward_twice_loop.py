import torch
x = torch.tensor(2., requires_grad=True)
y = x ** 3
for i in range(3):
    print(i)
    y.backward()
    print(x.grad)
