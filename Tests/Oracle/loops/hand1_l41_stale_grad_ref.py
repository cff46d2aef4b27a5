import torch
W = torch.nn.Parameter(torch.tensor([1.0, -2.0, 0.5]))
opt = torch.optim.SGD([W], lr=0.1)
(W * W).sum().backward()
for i in range(25):
    last_grad = W.grad
    opt.zero_grad()
    loss = (W.sin() * W).sum()
    loss.backward()
    opt.step()
print(last_grad.tolist())
print(W.grad.tolist(), W.tolist())
