import math
import torch
from torch import nn

x = torch.linspace(-math.pi, math.pi, 200)
y = torch.sin(x)
p = torch.tensor([1, 2, 3])
xx = x.unsqueeze(-1).pow(p)

for name, make in [("SGD", lambda ps: torch.optim.SGD(ps, lr=1e-3)),
                   ("SGD momentum", lambda ps: torch.optim.SGD(ps, lr=1e-3, momentum=0.9)),
                   ("Adam", lambda ps: torch.optim.Adam(ps, lr=1e-2)),
                   ("AdamW", lambda ps: torch.optim.AdamW(ps, lr=1e-2)),
                   ("RMSprop", lambda ps: torch.optim.RMSprop(ps, lr=1e-3)),
                   ("Adagrad", lambda ps: torch.optim.Adagrad(ps, lr=0.1))]:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 1), nn.Flatten(0, 1))
    loss_fn = nn.MSELoss(reduction="sum")
    optimizer = make(model.parameters())
    for t in range(200):
        y_pred = model(xx)
        loss = loss_fn(y_pred, y)
        if t % 50 == 49:
            print(name, t, loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    linear_layer = model[0]
    print(f"Result: y = {linear_layer.bias.item()} + {linear_layer.weight[:, 0].item()} x + {linear_layer.weight[:, 1].item()} x^2 + {linear_layer.weight[:, 2].item()} x^3")
