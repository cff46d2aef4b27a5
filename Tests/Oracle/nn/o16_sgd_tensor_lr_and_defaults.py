import torch
import torch.nn as nn

w = nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.SGD([w])
print(opt.defaults)
(w * w).sum().backward()
opt.step()
print(w)
opt2 = torch.optim.Adam([w], lr=torch.tensor(0.1))
print(opt2.param_groups[0]["lr"])
w.grad = torch.tensor([1.0, -1.0])
opt2.step()
print(w)
try:
    torch.optim.SGD([w], lr=torch.tensor([0.1, 0.2]))
except ValueError as e:
    print("ValueError:", e)
