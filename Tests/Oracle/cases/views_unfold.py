# Tensor.unfold: sliding windows as a view (conv-from-scratch lessons cut patches this way)
import torch
x = torch.arange(10.)
print(x.unfold(0, 3, 2), x.unfold(0, 3, 2).stride())
w = torch.arange(12., requires_grad=True)
v = w.view(3, 4).unfold(1, 2, 1)
print(v.shape, v.grad_fn.name())
(v * torch.arange(6.).view(1, 3, 2)).sum().backward()
print(w.grad)
img = torch.arange(16.).view(1, 1, 4, 4)
patches = img.unfold(2, 2, 2).unfold(3, 2, 2)
print(patches.shape, patches[0, 0, 1, 0])
print(torch.tensor(5.).unfold(0, 1, 1))
try:
    x.unfold(0, 11, 1)
except RuntimeError as e:
    print(e)
