import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.randn(8, 3) * 10
loss = model(x).pow(2).sum()
loss.backward()
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total)
print(model[0].weight.grad)
print(torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0))
print(nn.utils.clip_grad_norm_(model.parameters(), 5.0, norm_type=1))
nn.utils.clip_grad_value_(model.parameters(), 0.01)
print(model[2].bias.grad)
vec = nn.utils.parameters_to_vector(model.parameters())
print(vec.shape, vec[:5])
nn.utils.vector_to_parameters(torch.zeros_like(vec), model.parameters())
print(model[0].bias)
print(nn.utils.clip_grad_norm_([], 1.0))
