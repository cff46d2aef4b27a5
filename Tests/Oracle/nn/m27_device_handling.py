import torch
import torch.nn as nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(device)
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1)).to(device)
print(next(model.parameters()).device)
x = torch.randn(4, 2).to(device)
print(model(x).device)
m2 = model.cpu()
print(m2 is model)
model.to(device=device, dtype=torch.float32)
print(model[0].weight.dtype)
try:
    model.cuda()
except (AssertionError, RuntimeError) as e:
    print(type(e).__name__, e)
