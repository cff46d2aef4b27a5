import torch
import torch.nn.functional as F
x = torch.arange(5.)
t = 2 * x + 1
a = torch.ones(1, requires_grad=True)
c = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([a, c], lr=0.02)
losses = []
for i in range(100):
    loss = F.mse_loss(a * x + c, t)
    losses.append(loss.item())
    opt.zero_grad()
    loss.backward()
    opt.step()
print(len(losses), losses[0], losses[-1] < losses[0])
print([round(l, 2) for l in losses[::20]])
print(a, c)
