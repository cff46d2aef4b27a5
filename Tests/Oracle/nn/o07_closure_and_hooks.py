import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.tensor([[1.0], [2.0]])
y = torch.tensor([[2.0], [4.0]])

def closure():
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    return loss

for i in range(3):
    loss = opt.step(closure)
    print(i, loss.item(), loss.requires_grad)

calls = []
h1 = opt.register_step_pre_hook(lambda o, a, k: calls.append("pre"))
h2 = opt.register_step_post_hook(lambda o, a, k: calls.append("post"))
opt.step(closure)
h1.remove()
opt.step(closure)
print(calls)
with torch.no_grad():
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())
