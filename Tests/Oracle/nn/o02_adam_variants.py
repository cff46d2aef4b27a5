import torch
import torch.nn as nn

def run(cls, **kw):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
    opt = cls(model.parameters(), **kw)
    x = torch.randn(16, 2)
    y = torch.sin(x[:, :1]) + x[:, 1:] ** 2
    for _ in range(10):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print(cls.__name__, kw, loss.item())
    print(model[2].weight.data)

run(torch.optim.Adam)
run(torch.optim.Adam, lr=0.01, betas=(0.8, 0.99))
run(torch.optim.Adam, lr=0.01, weight_decay=0.1)
run(torch.optim.Adam, lr=0.01, amsgrad=True)
run(torch.optim.Adam, lr=0.01, maximize=True)
run(torch.optim.AdamW, lr=0.01)
run(torch.optim.AdamW, lr=0.01, weight_decay=0.5, amsgrad=True)
run(torch.optim.RMSprop)
run(torch.optim.RMSprop, lr=0.001, alpha=0.9, momentum=0.9)
run(torch.optim.RMSprop, lr=0.001, centered=True, weight_decay=0.01)
run(torch.optim.Adagrad)
run(torch.optim.Adagrad, lr=0.1, lr_decay=0.1, weight_decay=0.01, initial_accumulator_value=0.1)
