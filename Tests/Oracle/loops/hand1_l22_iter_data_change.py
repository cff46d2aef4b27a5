import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
data = [torch.tensor([0.5, 0.25])] * 3 + [torch.tensor([1.0, -1.0])] * 20
it = iter(data)
for step in range(20):
    xb = next(it)
    loss = ((w * xb).sum() - 1.0) ** 2
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(w.tolist())
