import torch
x = torch.tensor(1.5, requires_grad=True)
for i in range(4):
    y = x ** 2 + 3 * x
    y.backward()
    print(i, x.grad)
x.grad.zero_()
print(x.grad)
(x * 10).backward()
print(x.grad.item())
