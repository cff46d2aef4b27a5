import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(1, 4, 5, 5)
layers = [
    nn.ConvTranspose2d(4, 2, 3),
    nn.ConvTranspose2d(4, 2, 3, stride=2),
    nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1),
    nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1, output_padding=1),
    nn.ConvTranspose2d(4, 2, (2, 4), stride=(2, 1), padding=(0, 1)),
    nn.ConvTranspose2d(4, 2, 3, dilation=2),
    nn.ConvTranspose2d(4, 6, 3, groups=2, bias=False),
]
for layer in layers:
    y = layer(x)
    print(layer)
    print("  weight", tuple(layer.weight.shape), "->", tuple(y.shape), y.grad_fn.name())

# The output size is ambiguous for strided layers; output_size picks it.
up = nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1)
print(up(x).shape, up(x, output_size=[10, 10]).shape, up(x, output_size=(1, 2, 10, 9)).shape)

# Unbatched input works too.
print(layers[0](x[0]).shape)

# Default init: kaiming_uniform_(a=sqrt(5)) on the weight, fan_in from weight.size(1) * kernel area.
torch.manual_seed(1)
small = nn.ConvTranspose2d(2, 3, 2)
print(small.weight)
print(small.bias)
