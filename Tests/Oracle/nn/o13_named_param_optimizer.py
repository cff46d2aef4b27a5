import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 2)
opt = torch.optim.Adam(model.named_parameters(), lr=0.1)
print(opt.param_groups[0]["param_names"])
model(torch.ones(1, 2)).sum().backward()
opt.step()
sd = opt.state_dict()
print(sd["param_groups"])
print(sorted(sd["state"].keys()))
