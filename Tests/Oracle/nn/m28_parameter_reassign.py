import torch
import torch.nn as nn

m = nn.Module()
m.w = torch.zeros(2)
print(list(m.named_parameters()), m.w)
m.w = nn.Parameter(torch.ones(2))
print(list(m.named_parameters()))
print("w" in m.__dict__)
m.register_buffer("buf", None)
print(list(m.named_buffers()), m.buf)
m.buf = torch.ones(1)
print(list(m.named_buffers()))
m.sub = nn.Linear(1, 1)
try:
    m.sub = 5
except TypeError as e:
    print("TypeError:", e)
m.sub = None
print(m, list(m.named_children()))
print(m.state_dict())
