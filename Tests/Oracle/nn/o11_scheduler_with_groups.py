import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
opt = torch.optim.SGD([{"params": model[0].parameters(), "lr": 0.2}, {"params": model[1].parameters()}], lr=0.05, momentum=0.9)
sched = torch.optim.lr_scheduler.LambdaLR(opt, [lambda e: 0.5 ** e, lambda e: 1.0 + e])
x = torch.randn(3, 2)
for epoch in range(4):
    opt.zero_grad()
    model(x).sum().backward()
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr())
print(model[1].weight)
