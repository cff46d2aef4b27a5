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
def a():
    if i % 6 == 5:
        return 0.5
    return 1.0
def bb(l):
    if i % 8 == 7:
        print("bb", i, round(l.item(), 6))
for i in range(30):
    l = step(0.05)
    bb(l)
print(w)
