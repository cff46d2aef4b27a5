import torch
import torch.nn as nn

torch.manual_seed(1)
true_w = torch.tensor([2.0, -3.4])
true_b = 4.2
features = torch.normal(0, 1, (100, 2))
labels = features @ true_w + true_b + torch.normal(0, 0.01, (100,))
labels = labels.reshape(-1, 1)

dataset = torch.utils.data.TensorDataset(features, labels)
data_iter = torch.utils.data.DataLoader(dataset, batch_size=10, shuffle=True)
print(next(iter(data_iter)))

net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.normal_(0, 0.01)
net[0].bias.data.fill_(0)
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
num_epochs = 3
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X), y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f"epoch {epoch + 1}, loss {l:f}")
w = net[0].weight.data
print("error in estimating w:", true_w - w.reshape(true_w.shape))
b = net[0].bias.data
print("error in estimating b:", true_b - b)
