import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
x = torch.randn(4, 3)
for _ in range(3):
    opt.zero_grad()
    model(x).pow(2).mean().backward()
    opt.step()
sd = opt.state_dict()
model2 = nn.Linear(3, 2)
model2.load_state_dict(model.state_dict())
opt2 = torch.optim.Adam(model2.parameters(), lr=0.5)
opt2.load_state_dict(sd)
print(opt2.param_groups[0]["lr"])
print(opt2.state[model2.weight]["step"], opt2.state[model2.bias]["exp_avg"])
for o, m in [(opt, model), (opt2, model2)]:
    o.zero_grad()
    m(x).pow(2).mean().backward()
    o.step()
print(torch.equal(model.weight, model2.weight))
print(model2.weight)
