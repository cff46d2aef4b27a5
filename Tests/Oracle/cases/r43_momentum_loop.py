import torch
p = torch.tensor([5., -3.], requires_grad=True)
opt = torch.optim.SGD([p], lr=0.05, momentum=0.9)
for i in range(40):
    opt.zero_grad()
    loss = (p ** 2).sum()
    loss.backward()
    opt.step()
    if i % 8 == 7:
        print(i, round(loss.item(), 5), p.data)
print(p.grad)
