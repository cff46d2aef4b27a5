import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
for f in [F.relu, F.leaky_relu, F.elu, F.gelu, F.silu, F.softplus, torch.sigmoid, torch.tanh, F.relu6, F.hardtanh]:
    x.grad = None
    y = f(x)
    y.sum().backward()
    print(f.__name__, y.grad_fn.name(), x.grad)
