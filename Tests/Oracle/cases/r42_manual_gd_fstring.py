import torch
xs = torch.tensor([1., 2., 3., 4.])
ys = torch.tensor([2., 4., 6., 8.])
w = torch.tensor([0.5], requires_grad=True)
for epoch in range(1, 31):
    loss = ((w * xs - ys) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
        w.grad.zero_()
    if epoch % 5 == 0:
        print(f"epoch {epoch:2d}: loss={loss.item():.4f} w={w.item():.4f}")
print(f"final w: {w}")
