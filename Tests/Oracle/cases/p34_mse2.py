import torch
import torch.nn.functional as F
a = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
b = torch.zeros(2, 2)
l = F.mse_loss(a, b)
print(l)
l.backward()
print(a.grad)
print(F.mse_loss(a, b, reduction='sum'))
print(F.mse_loss(a, b, reduction='none'))
print(torch.nn.functional.mse_loss(b, b))
