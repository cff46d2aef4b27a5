import torch

a = torch.tensor([5, -3, 7], dtype=torch.int32)
b = torch.tensor([2, 2, 2], dtype=torch.int32)
print(a + b, a - b, a * b, a // b, a % b)
print(a / b, (a / b).dtype)
print(a.abs(), -a, a.relu(), a ** 2)
print(a.float(), a.double(), a.long())
print(a.sum(), a.sum().dtype, a.max(), a.argmax())
print(a > 0, (a > 0).dtype)
print(a.clamp(0, 5), a.clamp(0.5, 5.5))
c = a.clone()
c += 1
print(c, c.dtype)
try:
    c /= 2
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([2147483647], dtype=torch.int32) + 1)
