import torch
import torch.nn as nn

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([1.5, 2.5, 2.0])
m = nn.MSELoss(size_average=False)
print(m.reduction, m(x, y))
m2 = nn.L1Loss(reduce=False)
print(m2.reduction, m2(x, y))
print(nn.functional.mse_loss(x, y, size_average=True))
