# Dropout draws PyTorch's random stream; BatchNorm1d keeps running statistics (train vs eval).
import torch
import torch.nn as nn

torch.manual_seed(42)
drop = nn.Dropout(p=0.3)
x = torch.ones(3, 8)
print(drop(x))
drop.eval()
print(drop(x) is x)
print(nn.functional.dropout(torch.arange(6.0), 0.5, training=True))

bn = nn.BatchNorm1d(3)
data = torch.randn(10, 3) * 2 + 1
out = bn(data)
print(out.mean(0).abs().max() < 1e-5, out.std(0, unbiased=False), out.grad_fn.name())
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn(data * 3)
print(bn.running_mean, bn.running_var)
bn.eval()
print(bn(data[:2]))

model = nn.Sequential(nn.Linear(3, 6), nn.BatchNorm1d(6), nn.ReLU(), nn.Dropout(0.5), nn.Linear(6, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
target = data.sum(1, keepdim=True)
for step in range(4):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(data), target)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
model.eval()
print(model(data[:3]))
ln = nn.LayerNorm(3)
y = ln(data[:2])
print(y, y.grad_fn.name())
