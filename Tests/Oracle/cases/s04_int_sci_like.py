import torch
print(torch.tensor([10000000000, -1]))
print(torch.tensor([[100, 2], [3, -40000]]))
print(torch.arange(0, 100000, 9999))
print(torch.tensor([1, 2, 3]) * 1000000)
print(torch.tensor([-9223372036854775807]))
