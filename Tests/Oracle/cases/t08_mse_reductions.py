import torch
import torch.nn.functional as F
from torch import nn
p = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
t = torch.tensor([[1.5, 2.], [2., 6.]])
l1 = F.mse_loss(p, t, reduction='sum')
print(l1)
l2 = F.mse_loss(p, t, reduction='none')
print(l2)
l3 = F.mse_loss(p, t, reduction='mean')
print(l3)
l1.backward()
print(p.grad)
p.grad = None
l2.sum().backward()
print(p.grad)
crit = nn.MSELoss(reduction='sum')
print(crit(p, t))
crit = nn.MSELoss(reduction='none')
print(crit(p[0], t[0]))
print(F.mse_loss(torch.tensor(3.), torch.tensor(1.)))
print(F.mse_loss(torch.tensor([1., 2., 3.]), torch.tensor([0., 0., 0.]), reduction="sum").item())
