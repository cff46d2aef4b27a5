import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 4, requires_grad=True)
for layer in [nn.SELU(), nn.CELU(alpha=0.5), nn.Mish(), nn.Hardswish(), nn.Hardsigmoid(), nn.LogSigmoid(),
              nn.Softsign(), nn.Tanhshrink(), nn.PReLU(), nn.PReLU(4, init=0.1), nn.Softmin(dim=1)]:
    y = layer(x)
    y.sum().backward()
    print(layer, y.grad_fn.name())
    print(y)
prelu = nn.PReLU()
print(list(prelu.named_parameters()))
pool = nn.AdaptiveAvgPool2d((2, 2))
print(pool)
img = torch.arange(36.0).reshape(1, 1, 6, 6)
print(pool(img))
print(nn.AdaptiveAvgPool2d(1)(img), nn.AdaptiveAvgPool2d((3, None))(img).shape)
print(F.selu(torch.tensor([-1.0, 1.0])), F.logsigmoid(torch.tensor([0.0])), F.softmin(torch.tensor([1.0, 2.0]), dim=0))
