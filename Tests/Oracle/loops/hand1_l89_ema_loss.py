import torch
w = torch.tensor([1.0, 1.0, 1.0], requires_grad=True)
ema = torch.zeros(())
for i in range(40):
    loss = ((w - torch.tensor([0.0, 1.0, 2.0])) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        ema.mul_(0.9)
        ema += 0.1 * loss
        w -= 0.05 * w.grad
    w.grad.zero_()
print(ema.item(), ema, w.tolist())
