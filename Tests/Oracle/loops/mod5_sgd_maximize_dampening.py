import torch

torch.manual_seed(11)
w = torch.nn.Parameter(torch.randn(5))
target = torch.randn(5)
opt = torch.optim.SGD([w], lr=0.01, momentum=0.5, dampening=0.2, maximize=True)
for i in range(200):
    opt.zero_grad()
    score = -((w - target) ** 2).sum()
    score.backward()
    opt.step()
print(score.item())
print(w.data)
print(opt.state[w]["momentum_buffer"])
