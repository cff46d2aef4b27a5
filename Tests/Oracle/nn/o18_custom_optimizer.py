import torch
import torch.nn as nn
from torch.optim import Optimizer

class MySGD(Optimizer):
    def __init__(self, params, lr=0.01, momentum=0.0):
        defaults = dict(lr=lr, momentum=momentum)
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if "buf" not in state:
                    state["buf"] = torch.zeros_like(p)
                buf = state["buf"]
                buf.mul_(group["momentum"]).add_(p.grad)
                p.add_(buf, alpha=-group["lr"])

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = MySGD(model.parameters(), lr=0.1, momentum=0.9)
print(opt)
x = torch.randn(8, 3)
y = x.sum(1, keepdim=True)
for i in range(5):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    print(i, loss.item())
print(opt.state_dict()["state"][1])
print(len(opt.state))
