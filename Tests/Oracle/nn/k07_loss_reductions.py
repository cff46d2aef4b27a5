# Every loss with reduction='none' / 'sum' / 'mean' and its gradients (the PyTorch loss docs' examples).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
pred = torch.randn(4, 3, requires_grad=True)
target = torch.randn(4, 3)
for loss_cls in [nn.L1Loss, nn.MSELoss, nn.SmoothL1Loss, nn.HuberLoss]:
    for red in ["none", "sum", "mean"]:
        pred.grad = None
        l = loss_cls(reduction=red)(pred, target)
        l.sum().backward()
        print(loss_cls.__name__, red, l.grad_fn.name(), pred.grad[0])
print(nn.HuberLoss(delta=0.5)(pred, target), nn.SmoothL1Loss(beta=0.5)(pred, target))

logits = torch.randn(5, 4, requires_grad=True)
labels = torch.tensor([0, 3, 1, 1, 2])
w = torch.tensor([1.0, 2.0, 0.5, 1.0])
for kw in [{}, {"weight": w}, {"ignore_index": 1}, {"label_smoothing": 0.2}, {"weight": w, "label_smoothing": 0.1}]:
    logits.grad = None
    l = F.cross_entropy(logits, labels, **kw)
    l.backward()
    print(sorted(kw), l, logits.grad[1])
print(F.cross_entropy(logits, labels, reduction="none"))
print(F.cross_entropy(logits, labels, reduction="sum"))
soft = torch.softmax(torch.randn(5, 4), dim=1)
print(F.cross_entropy(logits, soft))
print(F.nll_loss(F.log_softmax(logits, 1), labels, weight=w, reduction="mean"))
img_logits = torch.randn(2, 3, 2, 2)
img_labels = torch.tensor([[[0, 1], [2, 1]], [[1, 1], [0, 2]]])
print(F.cross_entropy(img_logits, img_labels))
print(F.one_hot(labels, 5))
probs = torch.sigmoid(torch.randn(6))
t = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
print(F.binary_cross_entropy(probs, t), F.binary_cross_entropy(probs, t, weight=torch.full((6,), 2.0)))
print(F.leaky_relu(torch.tensor([-1.0, 2.0]), 0.2), F.gelu(torch.tensor([-1.0, 1.0]), approximate="tanh"))
try:
    F.cross_entropy(logits, torch.tensor([0, 1, 2, 3, 4]))
except IndexError as e:
    print("IndexError:", e)
try:
    F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
