import torch
import torch.nn as nn

for kw in [dict(lr=0.1, maximize=True), dict(lr=0.1, momentum=0.8, dampening=0.8), dict(lr=0.1, momentum=0.9, nesterov=True, maximize=True)]:
    w = nn.Parameter(torch.tensor([1.0, -1.0]))
    opt = torch.optim.SGD([w], **kw)
    for _ in range(4):
        opt.zero_grad()
        f = -(w - 2.0).pow(2).sum() if kw.get("maximize") else (w - 2.0).pow(2).sum()
        f.backward()
        opt.step()
    print(kw, w.data, opt.state[w].get("momentum_buffer"))
