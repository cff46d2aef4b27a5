import torch
w = torch.tensor([2.0], requires_grad=True)
phase_len = 3
for step in range(30):
    try:
        lr = 0.3 / (step // phase_len)
    except ZeroDivisionError:
        lr = 0.01
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
    w.grad.zero_()
print(w)
