import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
x = torch.randn(6, 2)
y = x.sum(1, keepdim=True)
for epoch in range(6):
    if epoch == 3:
        for g in opt.param_groups:
            g["lr"] = 0.01
    opt.zero_grad()
    loss = nn.MSELoss()(model(x), y)
    loss.backward()
    opt.step()
    print(epoch, opt.param_groups[0]["lr"], loss.item())
print(opt.state_dict()["param_groups"])
opt.zero_grad(set_to_none=False)
print(model.weight.grad)
opt.step()
print(model.weight)
