# nn.Upsample as in the PyTorch docs, on the classic 2x2 example.
import torch
import torch.nn as nn

inp = torch.arange(1, 5, dtype=torch.float32).view(1, 1, 2, 2)
print(inp)
m = nn.Upsample(scale_factor=2, mode='nearest')
print(m)
print(m(inp))
m = nn.Upsample(scale_factor=2, mode='bilinear')  # align_corners=False
print(m)
print(m(inp))
m = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)
print(m(inp))

# A 3x3 input into a larger zero-padded 5x5: corners line up with align_corners=True.
input_3x3 = torch.zeros(3, 3).view(1, 1, 3, 3)
input_3x3[:, :, :2, :2].copy_(inp)
print(input_3x3)
m = nn.Upsample(scale_factor=2, mode='bilinear')
print(m(input_3x3))
m = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)
print(m(input_3x3))

print(nn.UpsamplingNearest2d(scale_factor=2)(inp))
print(nn.UpsamplingBilinear2d(scale_factor=2)(inp))
print(nn.UpsamplingNearest2d(size=(3, 5)), nn.UpsamplingBilinear2d(size=4))
print(nn.Upsample(size=(3, 5), mode='nearest-exact')(inp))
print(nn.Upsample(scale_factor=(1.5, 2))(inp).shape)

# Linear upsampling of a 1-d signal (N, C, L).
sig = torch.tensor([[[0., 1., 4., 9.]]])
print(nn.Upsample(scale_factor=2, mode='linear')(sig))
print(nn.Upsample(size=7, mode='linear', align_corners=True)(sig))
seq = nn.Sequential(nn.Upsample(scale_factor=2), nn.Conv2d(1, 1, 3, padding=1))
print(seq)
