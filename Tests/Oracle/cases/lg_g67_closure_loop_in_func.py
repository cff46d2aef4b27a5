import torch
x = torch.tensor([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [0.25, 0.75]])
y = torch.tensor([1.0, 2.0, 0.5, -1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
def train(n):
    def report(l):
        if i % 9 == 0:
            print("r", i, round(l.item(), 4))
    for i in range(n):
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w.sub_(0.05 * w.grad)
        w.grad.zero_()
        report(loss)
    return i
print(train(30))
print(w)
