import torch

i = torch.tensor([1, 2, 3])
print(i / 2, (i / 2).dtype)
print(i.mean() if i.dtype.is_floating_point else i.float().mean())
try:
    i.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
torch.set_default_dtype(torch.float64)
print(i / 2, (i / 2).dtype, i.sin().dtype, (i * 1.0).dtype)
print(torch.tensor([1, 2]).float().dtype)
print(torch.tensor([0.5]).exp().item())
