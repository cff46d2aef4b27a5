import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True)
x = torch.randn(5, 2)
for _ in range(2):
    opt.zero_grad()
    model(x).sum().backward()
    opt.step()
saved = opt.state_dict()
print(saved)
opt2 = torch.optim.SGD(model.parameters(), lr=0.5)
try:
    opt2.load_state_dict({"state": {}, "param_groups": []})
except ValueError as e:
    print("ValueError:", e)
opt2.load_state_dict(saved)
print(opt2)
print(opt2.state[model.weight]["momentum_buffer"])
