import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
x = torch.randn(5, 4, requires_grad=True)
t = torch.tensor([3, 0, 1, 1, 2])
logp = F.log_softmax(x, dim=1)
print(logp.grad_fn.name())
nll = nn.NLLLoss()
loss = nll(logp, t)
print(loss, loss.grad_fn.name())
print(F.nll_loss(logp, t, reduction="none"))
print(nn.NLLLoss(weight=torch.tensor([1.0, 0.0, 2.0, 1.0]))(logp, t))
print(torch.allclose(loss, F.cross_entropy(x, t)))
loss.backward()
print(x.grad)
model = nn.Sequential(nn.Linear(4, 3), nn.LogSoftmax(dim=1))
print(model)
try:
    nll(logp, torch.tensor([5, 0, 1, 1, 2]))
except IndexError as e:
    print("IndexError:", e)
