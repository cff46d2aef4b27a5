import torch
import torch.nn as nn

torch.manual_seed(0)
rnn_like = nn.Sequential(nn.Linear(5, 5), nn.Tanh(), nn.Linear(5, 5), nn.Tanh(), nn.Linear(5, 1))
opt = torch.optim.RMSprop(rnn_like.parameters(), lr=0.01)
x = torch.randn(20, 5)
y = x.sum(dim=1, keepdim=True)
for step in range(30):
    opt.zero_grad()
    loss = nn.functional.smooth_l1_loss(rnn_like(x), y)
    loss.backward()
    gn = sum(p.grad.norm() ** 2 for p in rnn_like.parameters()) ** 0.5
    opt.step()
    if step % 10 == 0:
        print(step, loss.item(), gn.item())
print(opt.state_dict()["state"][4]["square_avg"])
