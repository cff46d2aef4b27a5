import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = torch.tensor([[1.0], [2.0], [3.0]])
lr = 0.01
for epoch in range(5):
    loss = ((model(x) - y) ** 2).mean()
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= lr * p.grad
    print(epoch, loss.item())
print(model.weight, model.bias)
print(model.weight.grad_fn, model.weight.is_leaf)
model.weight.data.copy_(torch.tensor([[0.5, 0.5]]))
print(model(x))
