import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
features = torch.randn(64, 4)
targets = features.sum(dim=1, keepdim=True) * 0.5
dataset = TensorDataset(features, targets)
dataloader = DataLoader(dataset, batch_size=10, shuffle=True)
net = nn.Linear(4, 1)
opt = torch.optim.AdamW(net.parameters(), lr=0.005)
print(len(dataloader))
for epoch in range(30):
    for i, (inputs, labels) in enumerate(dataloader):
        opt.zero_grad()
        out = net(inputs)
        loss = F.mse_loss(out, labels)
        loss.backward()
        opt.step()
    if epoch % 5 == 4:
        print("epoch", epoch + 1, "batch", i, "loss", loss.item())
print(torch.randn(3))
