import torch
import torch.nn as nn

def final_weight(cls, **kw):
    torch.manual_seed(0)
    m = nn.Linear(4, 1)
    opt = cls(m.parameters(), **kw)
    x = torch.randn(16, 4)
    y = torch.randn(16, 1)
    for _ in range(20):
        opt.zero_grad()
        nn.functional.mse_loss(m(x), y).backward()
        opt.step()
    return m.weight.detach()

print(final_weight(torch.optim.Adam, lr=0.01, weight_decay=0.1))
print(final_weight(torch.optim.AdamW, lr=0.01, weight_decay=0.1))
print(final_weight(torch.optim.Adam, lr=0.01, weight_decay=0.1, decoupled_weight_decay=True))
print(final_weight(torch.optim.SGD, lr=0.01, weight_decay=0.1, momentum=0.9, dampening=0.1))
print(final_weight(torch.optim.RMSprop, lr=0.01, weight_decay=0.1))
print(final_weight(torch.optim.Adagrad, lr=0.1, weight_decay=0.1))
