import torch
x = torch.arange(6).view(2, 3)
y = x.t()
print(y.is_contiguous())
print(y.reshape(6))
print(y.contiguous().view(6))
print(y.view(6))
