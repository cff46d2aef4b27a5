import torch
W = torch.nn.Parameter(torch.tensor([0.2, 0.4]))
opt = torch.optim.SGD([W], lr=0.01)
for i in range(30):
    loss = (W.sigmoid() * 3).sum()
    loss.backward()
    opt.step()
print(W.tolist(), W.grad.tolist())
