import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
params = model.parameters()
first = next(params)
second = next(params)
print(first.shape, second.shape)
try:
    next(params)
except StopIteration:
    print("exhausted")
print([p.shape for p in model.parameters()])
total = 0
for name, p in model.named_parameters():
    total += p.numel()
    print(f"{name:10s} {str(tuple(p.shape)):10s} {p.requires_grad}")
print("total", total)
print(list(model.named_buffers()), list(model.buffers()))
