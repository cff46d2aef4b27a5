import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
seen = set()
for i in range(20):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    seen.add(len(seen))
print(len(seen), w.tolist())
