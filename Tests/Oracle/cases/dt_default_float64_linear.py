# nn.Linear trained with MSELoss and SGD after torch.set_default_dtype(torch.float64).
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
model = nn.Linear(3, 1)
print(model.weight, model.bias)
X = torch.randn(8, 3)
y = X @ torch.tensor([1.0, -2.0, 0.5]) + 0.3
loss_fn = nn.MSELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for i in range(50):
    opt.zero_grad()
    loss = loss_fn(model(X).squeeze(1), y)
    loss.backward()
    opt.step()
print(loss.item())
print(model.weight.data, model.bias.data)
print(model.weight.grad)
h = torch.nn.functional.relu(X[:2])
print(h.dtype, torch.tensor(1.0).dtype, torch.zeros(1, dtype=torch.float32) + 1.0)
