import torch
torch.manual_seed(0)
print(torch.randperm(5))
print(torch.randperm(10))
print(torch.randperm(1))
print(torch.randperm(20).tolist())
torch.manual_seed(1)
p = torch.randperm(8)
print(p)
x = torch.arange(8).float() * 10
print(x[p])
