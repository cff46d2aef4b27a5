import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(6, requires_grad=True)
target = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
p = torch.sigmoid(logits)
bce = nn.BCELoss()
print(bce)
l1 = bce(p, target)
print(l1, l1.grad_fn.name())
l2 = nn.BCEWithLogitsLoss()(logits, target)
print(l2, l2.grad_fn.name())
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0))(logits, target))
print(nn.BCEWithLogitsLoss(reduction="none")(logits, target))
print(nn.BCELoss(weight=torch.tensor([1.0, 2.0, 1.0, 2.0, 1.0, 2.0]), reduction="sum")(p, target))
l2.backward()
print(logits.grad)
print(F.binary_cross_entropy(p, target, reduction="none"))
try:
    bce(p, target.unsqueeze(1))
except ValueError as e:
    print("ValueError:", e)
try:
    F.binary_cross_entropy_with_logits(logits, target[:3])
except ValueError as e:
    print("ValueError:", e)
