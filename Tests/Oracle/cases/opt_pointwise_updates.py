# The in-place updates optimizers are written with, bit for bit (vector loop and tail, both lerp branches).
import torch
torch.manual_seed(0)
for n in [3, 8, 13, 37]:
    a = torch.randn(n); b = torch.randn(n); c = torch.rand(n) + 0.5
    x = a.clone().lerp_(b, 0.1); y = a.clone().lerp_(b, 0.9)
    z = a.clone().addcmul_(b, c, value=0.001); w = a.clone().addcdiv_(b, c, value=-0.01)
    print([t.tolist() for t in (x, y, z, w)])
d = torch.randn(4, dtype=torch.float64)
print(d.clone().lerp_(torch.ones(4, dtype=torch.float64), 0.25).tolist())
print(d.clone().addcmul_(d, d, value=0.5).tolist(), d.clone().addcdiv_(d, d + 3, value=2).tolist())
m = torch.zeros(2, 3)
m.addcmul_(torch.ones(3), torch.arange(3.), value=2)
print(m)
