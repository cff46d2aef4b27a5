# A two-layer network trained in double precision with nn.Module.double().
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)).double()
print(next(net.parameters()).dtype)
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]], dtype=torch.float64)
Y = torch.tensor([[0.0], [1.0], [1.0], [0.0]], dtype=torch.float64)
opt = torch.optim.SGD(net.parameters(), lr=0.5)
for epoch in range(200):
    opt.zero_grad()
    loss = ((net(X) - Y) ** 2).mean()
    loss.backward()
    opt.step()
    if epoch % 50 == 0:
        print(epoch, round(loss.item(), 10))
print(net(X).detach())
try:
    net(X.float())
except RuntimeError as e:
    print("RuntimeError:", e)
