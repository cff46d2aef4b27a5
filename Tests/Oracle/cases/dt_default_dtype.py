import torch

print(torch.get_default_dtype())
print(torch.tensor([1.5, 2.0]).dtype, torch.zeros(2).dtype, torch.arange(0.0, 1.0, 0.5).dtype)
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype())
a = torch.tensor([1.5, 2.0])
print(a, a.dtype)
print(torch.zeros(2), torch.ones(2, 2).dtype, torch.full((2,), 0.5))
print(torch.arange(0.0, 1.0, 0.25), torch.linspace(0, 1, 3))
print(torch.tensor([1, 2]) / 3)
print(torch.tensor([1.0], dtype=torch.float32))
print(torch.tensor([1, 2]) * 0.5)
x = torch.tensor(0.1)
print(x.item(), (x * 3).item())
try:
    torch.set_default_dtype(torch.int64)
except TypeError as e:
    print("TypeError:", e)
torch.set_default_dtype(torch.float32)
print(torch.tensor([0.1]).dtype, torch.tensor([0.1]).item())
