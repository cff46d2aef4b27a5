# Gradient descent through the newer elementwise functions (hypot, exp2, i0, xlogy, copysign,
# lgamma, atanh): the loop compiles, and prints what PyTorch prints.
import torch

w = torch.tensor([0.3, -0.2, 0.5, 0.9], requires_grad=True)
x = torch.linspace(-1, 1, 4)
for step in range(60):
    pred = torch.hypot(w, x) + 0.1 * torch.exp2(w) + 0.2 * torch.i0(w) + torch.copysign(w, x)
    reg = torch.xlogy(w * w, w * w + 1).sum() + 0.01 * torch.lgamma(w + 2).sum() + 0.1 * torch.atanh(w / 2).sum()
    loss = (pred ** 2).mean() + reg
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    if step % 10 == 0:
        print(step, loss.item())
print(w)
print(loss)
