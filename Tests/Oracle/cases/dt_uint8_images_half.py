import numpy as np
import torch
# Images arrive as uint8 (from PIL or numpy); models want float tensors in [0, 1].
img = np.array([[[0, 64, 128], [192, 255, 32]],
                [[10, 20, 30], [40, 50, 60]]], dtype=np.uint8)
t = torch.from_numpy(img)
print(t)
print(t.dtype, t.shape, t.element_size())
x = t.float() / 255
print(x)
print(x.mean(), t.max(), t.sum(), t.sum().dtype)
print(t.permute(2, 0, 1).shape)
# uint8 arithmetic wraps around, as in numpy.
print(t[0] + 100)
print((t[0] + 100).dtype, (t[0] + 100.0).dtype, (t[0] * 1.5).dtype)
print(torch.tensor([250, 5], dtype=torch.uint8) + torch.tensor([10, 10], dtype=torch.uint8))
print(torch.tensor([1, 2], dtype=torch.uint8) + torch.tensor([1, -2], dtype=torch.int8))
print(torch.tensor([100, -100], dtype=torch.int8) * 2)
print(t.numpy().dtype, torch.tensor(img).dtype)
b = (x * 255).round().byte()
print(b, torch.equal(b, t))
# Half precision: about three significant digits.
h = torch.tensor([0.1, 0.2, 1 / 3], dtype=torch.float16)
print(h, h.dtype, h.element_size())
print(h * 3, h + 1000, h.sum(), h.mean())
print(h.float(), x.half())
print(torch.tensor([1, 2, 3], dtype=torch.int16).float() / 2, torch.tensor([1, 2], dtype=torch.int16) + 1)
print(torch.tensor([-3, 4], dtype=torch.int8).abs(), torch.tensor([70000.0]).half())
q = torch.tensor([0.5, -1.2, 3.3])
scale = q.abs().max() / 127
qi = (q / scale).round().to(torch.int8)
print(qi, qi.float() * scale)
