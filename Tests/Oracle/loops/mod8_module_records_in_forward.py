import torch
from torch import nn


class Logged(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 1)
        self.calls = 0

    def forward(self, x):
        self.calls += 1
        return self.lin(x)


torch.manual_seed(1)
m = Logged()
X = torch.randn(6, 2)
Y = X.sum(dim=1, keepdim=True)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
for i in range(50):
    opt.zero_grad()
    nn.functional.mse_loss(m(X), Y).backward()
    opt.step()
print(m.calls, m.lin.weight.data)
