import torch
import torch.nn as nn

torch.manual_seed(0)
l = nn.Linear(2, 2, dtype=torch.float64)
print(l.weight.dtype, l.weight)
print(l(torch.ones(1, 2, dtype=torch.float64)))
ln = nn.LayerNorm(3, bias=False)
print(ln, [n for n, _ in ln.named_parameters()])
bn = nn.BatchNorm1d(2, affine=False)
print(bn, list(bn.parameters()), list(bn.state_dict().keys()))
e = nn.Embedding(3, 2, _freeze=True)
print(e.weight.requires_grad)
print(nn.Linear(0, 3).weight)
