import torch
torch.manual_seed(0)
x = torch.linspace(0, 1, 10)
y = 3 * x + 0.5
w = torch.tensor(0., requires_grad=True)
b = torch.tensor(0., requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.5)
for epoch in range(30):
    pred = w * x + b
    loss = ((pred - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        print(epoch, loss.item())
print(w.item(), b.item())
print(f"w={w.item():.4f} b={b.item():.4f}")
