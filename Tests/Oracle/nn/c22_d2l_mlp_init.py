import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights)
batch_size, lr, num_epochs = 16, 0.1, 2
loss = nn.CrossEntropyLoss(reduction="none")
trainer = torch.optim.SGD(net.parameters(), lr=lr)
X = torch.rand(48, 1, 28, 28)
y = torch.randint(0, 10, (48,))
it = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X, y), batch_size, shuffle=True)
for epoch in range(num_epochs):
    for Xb, yb in it:
        l = loss(net(Xb), yb)
        trainer.zero_grad()
        l.mean().backward()
        trainer.step()
    with torch.no_grad():
        print(epoch, loss(net(X), y).mean().item(), (net(X).argmax(1) == y).sum().item())
print(net[1].weight.std().item())
