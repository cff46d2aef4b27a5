import torch
from torch import nn

torch.manual_seed(0)
X = torch.rand(64, 1, 4, 4)
y = torch.randint(0, 3, (64,))
net = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights)
loss = nn.CrossEntropyLoss(reduction="none")
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X, y), batch_size=16, shuffle=True)
for epoch in range(3):
    for Xb, yb in loader:
        l = loss(net(Xb), yb)
        trainer.zero_grad()
        l.mean().backward()
        trainer.step()
    with torch.no_grad():
        acc = (net(X).argmax(1) == y).float().mean()
    print(epoch, acc, loss(net(X), y).mean())
print(net[1].weight.grad)
