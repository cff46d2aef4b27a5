import torch
W = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
b = torch.nn.Parameter(torch.tensor([0.5]))
opt = torch.optim.SGD([W, b, W], lr=0.1)
for i in range(12):
    opt.zero_grad()
    loss = ((W * 2 + b) ** 2).sum()
    loss.backward()
    opt.step()
print(loss.item(), W.tolist(), b.tolist())
