import torch
import numpy as np

torch.manual_seed(0)
x = torch.linspace(0, 1, 10)
y_true = 3 * x + torch.sin(6 * x) + 1


class LineFitting(torch.nn.Module):
    def __init__(self):
        super().__init__()
        W = torch.tensor([0, 0], dtype=torch.float32)
        self.W = torch.nn.Parameter(W)

    def forward(self, x):
        return self.W[0] * x + self.W[1]


def train(x, y_true, model, LossFn, OptimizerFn, lr, epochs):
    loss = LossFn()
    optimizer = OptimizerFn(model.parameters(), lr=lr)
    for epoch in range(epochs):
        optimizer.zero_grad()
        y = model(x)
        loss(y, y_true).backward()
        optimizer.step()
        if epoch % (epochs // 10) == 0:
            with torch.no_grad():
                l = loss(y, y_true).numpy()
                W = next(model.parameters()).numpy()
                print(l, W)


train(x, y_true, LineFitting(), torch.nn.MSELoss, torch.optim.SGD, 0.1, 10)
