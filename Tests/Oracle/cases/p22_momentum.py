import torch
w = torch.tensor([1., -2., 3.], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.5)
for i in range(6):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    print(i, round(loss.item(), 4), w)
