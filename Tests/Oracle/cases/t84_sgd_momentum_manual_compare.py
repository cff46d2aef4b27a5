import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor([[0.5], [-0.5]], requires_grad=True)
opt = torch.optim.SGD([a, b], lr=0.1, momentum=0.5)
for i in range(4):
    opt.zero_grad()
    loss = (a @ b).squeeze() ** 2 + a.sum()
    loss.backward()
    opt.step()
    print(i, loss.item())
    print(a, b, sep=" | ")
opt.zero_grad()
print(a.grad, b.grad)
