import torch
def train_step(w, x, y, lr=0.05, verbose=False):
    pred = w * x
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
    w.grad.zero_()
    if verbose: print(f"  inner loss={loss.item():.6f}")
    return loss
w = torch.tensor(0.5, requires_grad=True)
x = torch.tensor([1., 2., 3., 4.])
y = torch.tensor([2., 4., 6., 8.])
for epoch in range(8):
    loss = train_step(w, x, y, verbose=(epoch == 3))
    print(f"epoch {epoch}: loss {loss.item():.4f} w={w.item():.5f}")
print(f"{loss}")
print(f"final {w}")
l2 = train_step(w, x, y, 0.01)
print(f"{l2.item()} {l2.item():e} {l2.item():10.2e}|")
