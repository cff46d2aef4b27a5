import torch
w = torch.tensor([1., -2., 3.], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, weight_decay=0.01)
for k in range(3):
    opt.zero_grad()
    loss = (w.sum() - 1) ** 2
    loss.backward()
    print(k, loss.item(), w.grad)
    opt.step()
print(w)
