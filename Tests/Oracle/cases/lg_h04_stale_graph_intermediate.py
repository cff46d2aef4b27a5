import torch
w = torch.tensor([0.3, -0.2], requires_grad=True)
x = torch.tensor([1.0, 2.0])
for i in range(20):
    if i == 15:
        break
    with torch.no_grad():
        w.add_(0.05)
    h = (w * x).tanh()
    loss = (h * h).sum()
loss.backward()
print(w.grad, h, loss)
