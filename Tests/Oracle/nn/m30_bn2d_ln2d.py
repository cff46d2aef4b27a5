import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm2d(2)
print(bn)
x = torch.randn(3, 2, 2, 2)
y = bn(x)
print(y.mean(dim=(0, 2, 3)), y.grad_fn.name())
print(bn.running_mean, bn.running_var)
ln = nn.LayerNorm([2, 2])
print(ln, ln.weight.shape)
print(ln(x)[0])
try:
    bn(torch.randn(3, 2))
except ValueError as e:
    print("ValueError:", e)
bn_no = nn.BatchNorm1d(3, track_running_stats=False)
print(bn_no, bn_no.running_mean, list(bn_no.state_dict().keys()))
bn_no.eval()
print(bn_no(torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])))
