import torch
torch.manual_seed(5)
params = [torch.randn(2, 2, requires_grad=True), torch.randn(2, requires_grad=True)]
print(params)
opt = torch.optim.SGD(params, lr=0.1)
x = torch.randn(4, 2)
for i in range(3):
    opt.zero_grad()
    out = (x @ params[0] + params[1]).pow(2).mean()
    out.backward()
    opt.step()
    print(i, out)
print(params[0])
