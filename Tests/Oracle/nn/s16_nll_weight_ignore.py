import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logp = F.log_softmax(torch.randn(5, 3, requires_grad=True), dim=1)
t = torch.tensor([0, 2, 1, -100, 2])
w = torch.tensor([1.0, 2.0, 3.0])
for red in ["mean", "sum", "none"]:
    print(red, F.nll_loss(logp, t, weight=w, reduction=red))
print(nn.NLLLoss(ignore_index=2)(logp, torch.tensor([0, 2, 1, 1, 2])))
onehot = F.one_hot(torch.tensor([0, 2, 1, 0, 2]), num_classes=3).float()
print(onehot, F.mse_loss(logp.exp(), onehot))
