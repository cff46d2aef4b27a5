import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(11)
g = torch.Generator().manual_seed(1)
x = torch.randn(75, 3)
w_true = torch.tensor([[0.5], [-1.0], [2.0]])
y = x @ w_true + 0.3
loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True, generator=g)


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 1)

    def forward(self, x):
        return self.lin(x)


model = Regressor()
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.03, momentum=0.9)
for epoch in range(40):
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
    if epoch % 8 == 0:
        print(epoch, round(loss.item(), 5), len(xb))
print(model.lin.weight.data, model.lin.bias.data)
print(torch.randint(0, 100, (4,), generator=g))
print(torch.randn(2))
