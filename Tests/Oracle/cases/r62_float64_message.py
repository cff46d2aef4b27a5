import torch
print(torch.float32, torch.int64)
x = torch.tensor([1., 2.])
print(x.dtype == torch.float32, x.dtype == torch.float)
print(x.long().dtype, x.bool().dtype, x.long().float().dtype)
print(torch.tensor([1, 2], dtype=torch.float32))
print(torch.tensor([1.9, -1.9], dtype=torch.long))
print(torch.tensor([0, 2], dtype=torch.bool))
print(x.to(torch.int64), x.type(torch.long))
