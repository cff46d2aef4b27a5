import torch
import torch.nn as nn


class TwoLayer(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        return self.out(torch.tanh(self.hidden(x)))


torch.manual_seed(7)
X = torch.randn(10, 2)
Y = (X[:, :1] * X[:, 1:]).sigmoid()
net = TwoLayer()
opt = torch.optim.AdamW(net.parameters(), lr=0.02, weight_decay=0.05)
criterion = nn.MSELoss()
for epoch in range(300):
    pred = net(X)
    loss = criterion(pred, Y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 60 == 0:
        print(epoch, round(loss.item(), 6))
print(net.hidden.weight.data)
print(net.out.bias.data)
