import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(6, 4, requires_grad=True)
target = torch.tensor([0, 3, -100, 2, 1, 3])
w = torch.tensor([0.2, 1.0, 2.0, 0.5])
for red in ["mean", "sum", "none"]:
    l = nn.CrossEntropyLoss(weight=w, reduction=red)(logits, target)
    print(red, l)
l = nn.CrossEntropyLoss(weight=w, label_smoothing=0.3)(logits, target)
l.backward()
print(l, logits.grad)
t2 = torch.tensor([0, 3, 1, 2, 1, 3])
print(nn.CrossEntropyLoss(ignore_index=3)(logits, t2))
