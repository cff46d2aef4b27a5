import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Linear(2, 2)
w = m.weight
print(m.weight.dtype)
m.double()
print(m.weight.dtype, m.bias.dtype, m.weight is w)
print(m(torch.ones(1, 2, dtype=torch.float64)))
m.float()
print(m.weight.dtype)
m.to(torch.float64)
print(m.weight.dtype)
m2 = m.to("cpu")
print(m2 is m)
try:
    m.to(torch.int64)
except TypeError as e:
    print("TypeError:", e)
