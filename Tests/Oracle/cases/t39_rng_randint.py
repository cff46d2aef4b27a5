import torch
torch.manual_seed(0)
print(torch.randint(0, 10, (5,)))
print(torch.randint(10, (3, 4)))
print(torch.randint(-5, 5, (2, 3)))
print(torch.randint(100, (20,)).tolist())
print(torch.randint(0, 2, (16,)))
print(torch.randint(3, 1000, (17,)))
print(torch.randint(0, 10, (5,)).dtype)
