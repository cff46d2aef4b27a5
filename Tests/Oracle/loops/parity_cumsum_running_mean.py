# Running means with cumsum over a noisy series, refined for 60 steps: PyTorch's CPU cumsum adds
# float32 values in a double and rounds each output, which the printed digits show.
import torch
torch.manual_seed(30)
series = torch.randn(400) * 0.7 + torch.linspace(0, 4, 400)
weights = torch.ones(400, requires_grad=True)
counts = torch.arange(1, 401, dtype=torch.float32)
for step in range(60):
    running = torch.cumsum(series * weights, 0) / counts
    loss = ((running - series) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        weights -= 0.5 * weights.grad
        weights.grad.zero_()
    if step % 10 == 0:
        print(step, loss.item(), running[-1].item())
print(running[::50].tolist())
print(torch.cumprod(1 + 0.001 * series, 0)[-5:].tolist())
