import torch
w = torch.tensor([0.5, -0.25], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [0.5, -1.0], [-0.3, 0.8]])
y = torch.tensor([1.0, 0.0, -0.5])
def step(lr):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w.sub_(lr * w.grad)
    w.grad.zero_()
    return loss
for i in range(100, 0, -3):
    step(0.02)
    if i < 40:
        break
print(i, w)
