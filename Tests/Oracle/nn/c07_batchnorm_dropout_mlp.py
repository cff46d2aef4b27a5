import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.3),
    nn.Linear(8, 3),
)
print(model)
X = torch.randn(32, 4)
y = torch.randint(0, 3, (32,))
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=5, gamma=0.5)
for epoch in range(12):
    model.train()
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(X), y)
    loss.backward()
    opt.step()
    sched.step()
    model.eval()
    with torch.no_grad():
        acc = (model(X).argmax(1) == y).float().mean().item()
    print(epoch, round(loss.item(), 5), acc, sched.get_last_lr())
print(model[1].running_mean)
print(model[1].num_batches_tracked)
print(list(model.state_dict().keys()))
