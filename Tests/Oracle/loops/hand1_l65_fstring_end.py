import torch
w = torch.tensor([3.0, -2.0, 0.25], requires_grad=True)
for step in range(64):
    loss = (w.sin() ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.3 * w.grad
    w.grad.zero_()
print(f"step {step}: loss={loss.item():.10f} w={w.tolist()} float={float(loss)}")
