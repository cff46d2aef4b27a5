import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([0, 2, 1, 2])
ce = nn.CrossEntropyLoss()
print(ce)
loss = ce(logits, labels)
print(loss, loss.grad_fn.name())
loss.backward()
print(logits.grad)
print(nn.CrossEntropyLoss(reduction="none")(logits, labels))
print(nn.CrossEntropyLoss(reduction="sum")(logits, labels))
w = torch.tensor([1.0, 2.0, 0.5])
print(nn.CrossEntropyLoss(weight=w)(logits, labels))
print(nn.CrossEntropyLoss(ignore_index=2)(logits, labels))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, labels))
probs = torch.softmax(torch.randn(4, 3), dim=1)
print(F.cross_entropy(logits, probs))
print(F.cross_entropy(logits, labels, weight=w, label_smoothing=0.2))
print(ce.weight)
print(nn.CrossEntropyLoss(weight=w).state_dict())
