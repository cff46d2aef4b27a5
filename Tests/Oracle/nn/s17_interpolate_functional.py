import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 5, 6, requires_grad=True)
for kwargs in [dict(size=(10, 12)), dict(scale_factor=2), dict(scale_factor=1.5, mode='nearest'),
               dict(scale_factor=0.5, mode='bilinear'), dict(size=(7, 9), mode='bilinear', align_corners=True),
               dict(size=(7, 9), mode='nearest-exact'), dict(scale_factor=(2, 3), mode='bilinear'),
               dict(scale_factor=2.3, mode='bilinear', recompute_scale_factor=True)]:
    y = F.interpolate(x, **kwargs)
    print(kwargs, tuple(y.shape), y.grad_fn.name(), f"{y.sum().item():.4f}", f"{y[1, 2, -1, -1].item():.5f}")

y = F.interpolate(x, scale_factor=2, mode='bilinear', align_corners=False)
y.pow(2).sum().backward()
print(x.grad[0, 0])

# 1-d signals: (N, C, L).
t = torch.linspace(0, 1, 5).view(1, 1, 5).requires_grad_()
for mode in ['nearest', 'linear', 'nearest-exact']:
    out = F.interpolate(t, size=8, mode=mode)
    print(mode, out, out.grad_fn.name())
out = F.interpolate(t, scale_factor=3, mode='linear', align_corners=True)
out.sum().backward()
print(out)
print(t.grad)

# Downsampling a batch of images to thumbnails.
imgs = torch.rand(4, 3, 28, 28)
thumbs = F.interpolate(imgs, size=(14, 14), mode='bilinear', align_corners=False)
print(thumbs.shape, f"{thumbs.mean().item():.6f}", f"{imgs.mean().item():.6f}")
big = F.interpolate(imgs, scale_factor=4, mode='bilinear')
print(big.shape, f"{big[0, 0, 50, 60].item():.6f}")
print(F.interpolate(imgs, scale_factor=3, mode='nearest')[3, 2, 80:84, 80:84])
