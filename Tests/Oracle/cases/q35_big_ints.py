import torch
print(torch.tensor([10**12, 1]))
print(torch.tensor(-10**10))
print(torch.arange(100))
print(torch.arange(-50, 50).view(10, 10))
print(2 ** 64, -2 ** 63, 10 ** 30 // 7)
print(7 // -2, -7 // -2)
