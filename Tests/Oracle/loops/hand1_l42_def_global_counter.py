import torch
calls = 0
def loss_fn(w, x):
    global calls
    calls += 1
    return ((w * x).sum() - 2.0) ** 2
def fit(steps):
    w = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
    x = torch.tensor([1.0, 2.0, 3.0])
    for s in range(steps):
        loss = loss_fn(w, x)
        loss.backward()
        with torch.no_grad():
            w -= 0.01 * w.grad
        w.grad.zero_()
    return w
w = fit(30)
print(calls, w.tolist())
