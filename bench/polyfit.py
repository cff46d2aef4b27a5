# Seed 002's PolyFit(5): an nn.Module subclass trained by the notebook's own train() with
# nn.MSELoss and optim.SGD over model.parameters(), printing every epochs // 10.
import torch
N = 100000
x = torch.linspace(0, 1, 10)
y_true = 3 * x + torch.sin(6 * x) + 1


class PolyFit(torch.nn.Module):
    def __init__(self, degree):
        super().__init__()
        self.degree = degree
        self.W = torch.nn.Parameter(torch.zeros(degree))

    def forward(self, x):
        y = torch.zeros_like(x)
        for i in range(self.degree):
            y += self.W[i] * (x ** i)
        return y


def train(x, y_true, model, LossFn, OptimizerFn, lr, epochs):
    loss = LossFn()
    optimizer = OptimizerFn(model.parameters(), lr=lr)
    for epoch in range(epochs):
        optimizer.zero_grad()
        y = model(x)
        loss(y, y_true).backward()
        optimizer.step()
        if epoch % (epochs//10) == 0:
            with torch.no_grad():
                l = loss(y, y_true).numpy()
                W = next(model.parameters()).numpy()
                print(l, W)


poly = PolyFit(5)
train(x, y_true, poly, torch.nn.MSELoss, torch.optim.SGD, 0.05, N)
