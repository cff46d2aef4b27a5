import torch
import torch.nn as nn

torch.manual_seed(0)
backbone = nn.Linear(3, 3)
head = nn.Linear(3, 1)
opt = torch.optim.Adam(head.parameters(), lr=0.05)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
x = torch.randn(12, 3)
y = torch.randn(12, 1)
for epoch in range(6):
    if epoch == 3:
        opt.add_param_group({"params": backbone.parameters(), "lr": 0.001})
        print("unfrozen", len(opt.param_groups))
    opt.zero_grad()
    loss = nn.functional.mse_loss(head(backbone(x)), y)
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, round(loss.item(), 6), [round(g["lr"], 6) for g in opt.param_groups])
print(opt.state_dict()["param_groups"][1])
