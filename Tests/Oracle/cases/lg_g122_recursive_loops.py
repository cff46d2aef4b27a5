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
def run(depth):
    for i in range(10):
        l = step(0.05)
        if i == 7 and depth > 0:
            run(depth - 1)
        if i % 9 == 8:
            print(depth, i, round(l.item(), 6))
run(2)
print(w)
