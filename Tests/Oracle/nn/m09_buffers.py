import torch
import torch.nn as nn

class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.zeros(3))
        self.register_buffer("tmp", torch.ones(2), persistent=False)
        self.scale = nn.Parameter(torch.ones(3))

    def forward(self, x):
        return (x - self.mean) * self.scale

m = Scaler()
print(m)
print(list(m.named_buffers()))
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_parameters()])
m.mean = torch.tensor([1.0, 2.0, 3.0])
print(m.mean, m._buffers["mean"])
print(m(torch.tensor([1.0, 1.0, 1.0])))
try:
    m.register_buffer("scale", torch.zeros(1))
except KeyError as e:
    print("KeyError:", e)
