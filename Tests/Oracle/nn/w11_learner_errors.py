import torch
import torch.nn.functional as F
from torch import nn
torch.manual_seed(8)
w = torch.randn(3, 2, requires_grad=True)
x = torch.randn(4, 3)
try:
    w -= 0.1
except RuntimeError as e:
    print(e)
loss = (x @ w).sum()
loss.backward()
try:
    loss.backward()
except RuntimeError as e:
    print(str(e).split('.')[0])
try:
    x @ torch.randn(2, 2)
except RuntimeError as e:
    print(e)
logits = torch.randn(4, 3)
try:
    F.cross_entropy(logits, torch.tensor([0., 1., 2., 1.]))
except RuntimeError as e:
    print(e)
try:
    F.cross_entropy(logits, torch.tensor([0, 1, 3, 1]))
except IndexError as e:
    print(e)
try:
    nn.Linear(3, 2)(torch.randn(4, 5))
except RuntimeError as e:
    print(e)
y = torch.randn(4, 2)
try:
    y.numpy(); (x @ w).numpy()
except RuntimeError as e:
    print(e)
print((x @ w).detach().numpy().shape)
try:
    torch.randn(2, 3).view(6, -1, -1)
except RuntimeError as e:
    print(e)
try:
    w.grad.zero_(); print(w.grad.sum())
    torch.tensor([1, 2, 3]).mean()
except RuntimeError as e:
    print(e)
try:
    nn.MSELoss()(torch.randn(3), torch.randn(3, 1))
except RuntimeError as e:
    print(e)
