# KL divergence as distillation / VAE code uses it: F.kl_div and nn.KLDivLoss
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
student = torch.randn(4, 5, requires_grad=True)
teacher = torch.randn(4, 5)
p_t = F.softmax(teacher / 2.0, dim=1)
loss = F.kl_div(F.log_softmax(student / 2.0, dim=1), p_t, reduction='batchmean') * 4.0
print(loss, loss.grad_fn.name())
loss.backward()
print(student.grad)
for red in ['sum', 'none']:
    print(red, F.kl_div(F.log_softmax(student, 1), p_t, reduction=red))
crit = nn.KLDivLoss(reduction='batchmean', log_target=True)
print(crit, crit(F.log_softmax(student, 1), F.log_softmax(teacher, 1)))
target = torch.tensor([[0.0, 0.5, 0.5, 0.0, 0.0]])
print(F.kl_div(torch.log(torch.full((1, 5), 0.2)), target, reduction='batchmean'))
print(nn.KLDivLoss()(F.log_softmax(student, 1), p_t))
