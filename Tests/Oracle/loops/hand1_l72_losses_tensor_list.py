import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
losses = []
for i in range(20):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    losses += [loss.detach()]
print(len(losses), losses[-1].item(), losses[5].item())
