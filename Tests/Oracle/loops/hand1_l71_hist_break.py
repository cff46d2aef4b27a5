import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
hist = []
for i in range(100):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    hist += [loss]
    if len(hist) >= 10:
        break
print(len(hist), w.tolist())
