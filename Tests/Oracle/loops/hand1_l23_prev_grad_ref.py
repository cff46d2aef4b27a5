import torch
W = torch.nn.Parameter(torch.tensor([1.0, -2.0, 0.5]))
opt = torch.optim.SGD([W], lr=0.1)
g_prev = None
for i in range(25):
    opt.zero_grad()
    loss = (W.sin() * W).sum()
    loss.backward()
    g_prev = W.grad
    opt.step()
    opt.zero_grad()
print(g_prev.tolist(), W.grad, W.tolist())
