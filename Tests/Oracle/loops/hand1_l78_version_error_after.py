import torch
W = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
pre = (W ** 2).sum()
opt = torch.optim.SGD([W], lr=0.01)
for i in range(40):
    opt.zero_grad()
    loss = (W.sin() * W).sum()
    loss.backward()
    opt.step()
    with torch.no_grad():
        W.mul_(0.999)
print(W.tolist())
pre.backward()
