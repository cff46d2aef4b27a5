import torch
g = torch.tensor([1.0, -1.0], requires_grad=True)
d = torch.tensor([0.5, 0.5], requires_grad=True)
active, frozen = g, d
for step in range(16):
    loss = ((g * d).sum() - 0.3) ** 2 + (g ** 2).sum() * 0.1
    loss.backward()
    with torch.no_grad():
        active -= 0.1 * active.grad
    g.grad.zero_()
    d.grad.zero_()
    active, frozen = frozen, active
print(loss.item(), g.tolist(), d.tolist())
