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
for i in range(12):
    for j in range(9):
        step(0.02)
        if j == 8 and i % 5 == 4:
            print(i, j, w)
print(i, j)
