import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(2, 3, 4, requires_grad=True)
target = torch.tensor([[0, 1, 2, 1], [2, 2, 0, 1]])
loss = F.cross_entropy(logits, target)
print(loss, loss.grad_fn.name())
print(F.cross_entropy(logits, target, reduction="none").shape)
loss.backward()
print(logits.grad[0])
single = torch.randn(5)
print(F.cross_entropy(single, torch.tensor(3)))
img = torch.randn(2, 3, 2, 2, requires_grad=True)
t = torch.randint(0, 3, (2, 2, 2))
l2 = nn.CrossEntropyLoss()(img, t)
print(l2, l2.grad_fn.name())
l3 = nn.NLLLoss()(F.log_softmax(img, 1), t)
print(l3, l3.grad_fn.name())
