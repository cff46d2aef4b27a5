import torch
w = torch.tensor([2.0, 1.0, -1.0], requires_grad=True)
for s in range(20):
    before = w.detach().clone()
    loss = (w.cos() + w * 0.1).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.2 * w.grad
    w.grad.zero_()
    step = w.detach() - before
print(before.tolist(), step.tolist(), w.tolist())
