import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
for opt in [torch.optim.SGD(model.parameters(), lr=0.1), torch.optim.Adam(model.parameters()),
            torch.optim.AdamW(model.parameters(), lr=0.01), torch.optim.RMSprop(model.parameters()),
            torch.optim.Adagrad(model.parameters())]:
    print(opt)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
model(torch.ones(3, 2)).sum().backward()
opt.step()
print(opt.state_dict())
print(opt.state[model.weight])
print(opt.param_groups[0]["lr"], opt.param_groups[0]["betas"])
print(len(opt.param_groups), len(opt.param_groups[0]["params"]))
sgd = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sgd.step()
print(sgd.state_dict())
