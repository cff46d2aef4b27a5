import torch
def train(n):
    w = torch.tensor([1.0, -3.0], requires_grad=True)
    loss = None
    for i in range(n):
        loss = (w.exp() - w).sum()
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
        w.grad.zero_()
    return w, loss
for n in [0, 1, 7, 8, 9, 10]:
    w, loss = train(n)
    print(n, w.tolist(), loss.item() if n > 0 else None)
