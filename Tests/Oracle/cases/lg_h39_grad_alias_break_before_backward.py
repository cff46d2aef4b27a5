import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.01)
for i in range(20):
    opt.zero_grad()
    if i == 15:
        break
    loss = (w ** 3).sum()
    loss.backward()
    g = w.grad
    opt.step()
print(w.grad, g, w)
