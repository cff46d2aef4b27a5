import torch
import torch.nn.functional as F

logp = F.log_softmax(torch.zeros(2, 3), dim=1)
print(F.nll_loss(logp, torch.tensor([0, 2])))
F.nll_loss(logp, torch.tensor([0, 3]))
