import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
hist = []
for i in range(20):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    hist += [0]
print(len(hist), w.tolist())
