import torch

torch.manual_seed(5)
w = torch.randn(6, requires_grad=True)
target = torch.randn(6)
opt = torch.optim.RMSprop([w], maximize=True)
for i in range(150):
    opt.zero_grad()
    score = -((w - target) ** 2).sum()
    score.backward()
    opt.step()
print(score.item())
print(w)

v = torch.randn(4, 3, requires_grad=True)
opt2 = torch.optim.RMSprop([v], lr=0.02, momentum=0.9)
for i in range(150):
    opt2.zero_grad()
    loss = (v.sum(dim=0) ** 2).mean() + v.abs().sum()
    loss.backward()
    opt2.step()
print(loss.item())
print(v)
