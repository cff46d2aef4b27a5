import torch
torch.manual_seed(2024)
print(torch.randint(0, 100, (3, 4)))
print(torch.randint(5, (2, 3, 4)))
print(torch.randint(-100, 100, (10,)))
print(torch.randint(0, 1000000, (4,)))
print(torch.randint(0, 3, (2, 2)).float())
print(torch.randperm(12).view(3, 4))
