import torch
torch.manual_seed(8)
r = torch.rand(3, 4)
mask = r > 0.5
print(mask)
print(mask.sum(), mask.float().mean())
print(r[mask])
print(torch.where(mask, r, torch.zeros_like(r)))
idx = torch.randperm(6)[:3]
print(idx, torch.arange(6)[idx] * 2)
print((torch.randn(5) > 0).tolist())
