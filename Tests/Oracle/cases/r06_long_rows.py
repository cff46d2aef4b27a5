import torch
print(torch.linspace(0, 1, 30))
print(torch.arange(40) * 1000)
print(torch.linspace(-5, 5, 21))
print(torch.arange(30).float().view(2, 15) / 3)
print(torch.tensor([1e-5] * 12))
print(torch.arange(25) ** 3)
