import torch
import torch.nn.functional as F
p = torch.tensor([1., 2.], requires_grad=True)
l = F.mse_loss(p, torch.zeros(2), reduction='none')
print(l)
l.backward()
