import torch
w = torch.tensor([0.5, -0.5], requires_grad=True)
seen = []
for i in range(1000):
    loss = (w.tanh() ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad.zero_()
    seen += [None]
    if len(seen) == 500:
        raise RuntimeError("diverged at step 500")
print("finished", w.tolist())
