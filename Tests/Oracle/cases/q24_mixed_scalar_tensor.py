import torch
x = torch.tensor(3.)
print(x + 1, 1 + x, x * 2, 2 * x, x - 1, 1 - x, x / 2, 2 / x)
print(x ** 2, 2 ** x, x ** 0.5)
print(x > 2, x == 3)
print(float(x) + 0.5)
y = x * torch.tensor([1., 2.])
print(y)
print(x.item() > 2)
if x > 2:
    print("big")
print(abs(torch.tensor(-2.)))
print(max(torch.tensor(1.), torch.tensor(2.)))
