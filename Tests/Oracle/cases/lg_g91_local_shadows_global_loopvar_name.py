import torch
x = torch.tensor([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [0.25, 0.75]])
y = torch.tensor([1.0, 2.0, 0.5, -1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
i = 100
def train():
    for i in range(30):
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w.sub_(0.05 * w.grad)
        w.grad.zero_()
        helper()
def helper():
    if i % 7 == 0:
        with torch.no_grad():
            b.add_(0.01)
train()
print(w, b, i)
