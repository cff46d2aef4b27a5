import torch
import torch.nn.functional as F

x = torch.rand(1, 1, 4, 4)
for call in [lambda: F.interpolate(x, size=8, scale_factor=2),
             lambda: F.interpolate(x),
             lambda: F.interpolate(x, size=(8, 8, 8)),
             lambda: F.interpolate(x, scale_factor=(2, 2, 2)),
             lambda: F.interpolate(x, size=(8, 8), recompute_scale_factor=True),
             lambda: F.interpolate(x, size=(8.0, 8.0)),
             lambda: F.interpolate(x, scale_factor=2, mode='linear'),
             lambda: F.interpolate(x[0], scale_factor=2, mode='bilinear'),
             lambda: F.interpolate(x, size=(0, 3)),
             lambda: F.interpolate(x[0, 0], scale_factor=2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
F.interpolate(x, scale_factor=2, mode='nearest', align_corners=True)
