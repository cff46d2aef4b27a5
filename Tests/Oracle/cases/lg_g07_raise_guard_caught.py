import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([0.5, 1.5])
try:
    for i in range(40):
        if i == 25:
            raise ValueError("stop at %d" % i)
        pred = (w * x).sum()
        loss = (pred - 3.0) ** 2
        loss.backward()
        with torch.no_grad():
            w -= 0.05 * w.grad
        w.grad.zero_()
except ValueError as e:
    print("caught", e)
print(pred, loss)
print(w)
