import torch
import torch.nn as nn

def run(**kw):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), **kw)
    x = torch.randn(8, 3)
    y = x @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3
    for _ in range(5):
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
    print(kw, loss.item())
    print(model.weight.data, model.bias.data)

run(lr=0.1)
run(lr=0.1, momentum=0.9)
run(lr=0.1, momentum=0.9, dampening=0.5)
run(lr=0.1, momentum=0.9, nesterov=True)
run(lr=0.1, weight_decay=0.01)
run(lr=0.1, momentum=0.5, weight_decay=0.1, maximize=True)
