# nn.Fold puts columns back into an image, summing where windows overlap; dividing by the fold
# of ones undoes an unfold (the trick behind sliding-window patch models).
import torch
import torch.nn as nn
import torch.nn.functional as F

cols = torch.arange(32.).view(1, 8, 4).requires_grad_()
img = F.fold(cols, output_size=(3, 3), kernel_size=2)
print(img, img.grad_fn.name())
(img * torch.arange(18.).view_as(img)).sum().backward()
print(cols.grad)
print(nn.Fold(output_size=(4, 5), kernel_size=2), F.fold(torch.randn(8, 4), (3, 3), 2).shape)

torch.manual_seed(0)
x = torch.randn(2, 3, 6, 7)
fold = nn.Fold((6, 7), 3, padding=1, stride=2)
unfold = nn.Unfold(3, padding=1, stride=2)
patches = unfold(x)
counts = fold(unfold(torch.ones_like(x)))
print(patches.shape, counts[0, 0])
print(torch.allclose(fold(patches) / counts, x))
print(fold(patches)[1, 2, :2])

for bad in [lambda: F.fold(cols, (3, 3), 3), lambda: F.fold(torch.randn(1, 8, 5), (3, 3), 2)]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
