import torch
d = {"steps": 0}
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(10):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    d["steps"] += 1
print(d, w.tolist())
