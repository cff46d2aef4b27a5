import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
print(bn)
print(list(bn.state_dict().keys()))
x = torch.randn(8, 3) * 2 + 1
y = bn(x)
print(y)
print(y.grad_fn.name())
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn(torch.randn(8, 3))
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(torch.ones(2, 3)))
bn.train()
try:
    bn(torch.ones(1, 3))
except ValueError as e:
    print("ValueError:", e)
try:
    bn(torch.ones(2, 3, 4, 5))
except ValueError as e:
    print("ValueError:", e)
bn2 = nn.BatchNorm1d(2, momentum=None, affine=False)
print(bn2)
bn2(torch.tensor([[1.0, 2.0], [3.0, 5.0]]))
bn2(torch.tensor([[0.0, 0.0], [1.0, 1.0]]))
print(bn2.running_mean, bn2.running_var)
