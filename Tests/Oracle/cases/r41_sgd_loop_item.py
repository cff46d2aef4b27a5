import torch
x = torch.linspace(-1, 1, 20)
y = 3 * x - 0.5
w = torch.tensor(0., requires_grad=True)
b = torch.tensor(0., requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1)
for step in range(60):
    pred = w * x + b
    loss = ((pred - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 15 == 0:
        print(step, loss.item())
print(w, b)
print(round(w.item(), 3), round(b.item(), 3))
