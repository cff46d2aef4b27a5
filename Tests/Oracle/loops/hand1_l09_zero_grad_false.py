import torch
torch.manual_seed(3)
W = torch.nn.Parameter(torch.randn(3))
opt = torch.optim.SGD([W], lr=0.1)
x = torch.tensor([0.1, 0.2, 0.3])
for i in range(50):
    opt.zero_grad(set_to_none=False)
    loss = ((W * x).sum() - 1.0) ** 2
    loss.backward()
    opt.step()
print(loss.item(), W.tolist(), W.grad.tolist())
