import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([0.5, 1.5])
for i in range(40):
    if i == 30:
        break
    loss = ((w * x).sum() - 3.0) ** 2
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
print(loss)
print(w)
