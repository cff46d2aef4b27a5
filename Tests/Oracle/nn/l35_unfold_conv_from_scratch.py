# Convolution from scratch with im2col (nn.Unfold): every 3x3 window becomes a column, and the
# convolution is one matrix product with the flattened kernels.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(32.).view(1, 2, 4, 4).requires_grad_()
patches = F.unfold(x, kernel_size=2, stride=2)
print(patches.shape, patches.grad_fn.name())
print(patches)
print(nn.Unfold(kernel_size=(2, 3)), nn.Unfold(2, dilation=2, padding=1, stride=2))

cols = F.unfold(x[0], (2, 3), padding=1, dilation=(1, 2))
print(cols.shape, cols[:3])
(cols * torch.arange(cols.numel()).view_as(cols)).sum().backward()
print(x.grad)

torch.manual_seed(0)
inp = torch.randn(2, 3, 5, 5)
w = torch.randn(4, 3, 3, 3)
b = torch.randn(4)
unfold = nn.Unfold(kernel_size=3, padding=1)
cols = unfold(inp)
out = (w.view(4, -1) @ cols + b.view(4, 1)).view(2, 4, 5, 5)
print(cols.shape, out.shape, torch.allclose(out, F.conv2d(inp, w, b, padding=1), atol=1e-5))
strided = (w.view(4, -1) @ F.unfold(inp, 3, stride=2)).view(2, 4, 2, 2)
print(torch.allclose(strided, F.conv2d(inp, w, stride=2), atol=1e-5))

for bad in [lambda: F.unfold(x, 5), lambda: F.unfold(x, 2, stride=0), lambda: F.unfold(x, 2, padding=-1)]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
