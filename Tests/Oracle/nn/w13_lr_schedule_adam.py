import torch
from torch import nn
torch.manual_seed(10)
X = torch.randn(32, 3)
y = X @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=5, gamma=0.5)
print(opt)
for epoch in range(12):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    sched.step()
    if epoch % 3 == 0:
        print(epoch, f'{loss.item():.4f}', sched.get_last_lr())
print(opt.param_groups[0]['lr'])
print(opt.state_dict()['param_groups'])
print(len(opt.state_dict()['state']), opt.state_dict()['state'][0]['step'])
print(model.weight.grad is not None, model.weight.grad.shape)
opt.zero_grad()
print(model.weight.grad)
