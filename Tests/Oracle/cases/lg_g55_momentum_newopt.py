import torch
x = torch.tensor([[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [0.25, 0.75]])
y = torch.tensor([1.0, 2.0, 0.5, -1.0])
w = torch.tensor([0.1, -0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.05, momentum=0.9)
for i in range(40):
    opt.zero_grad()
    loss = ((x @ w + b - y) ** 2).mean()
    loss.backward()
    opt.step()
    if i % 10 == 9:
        print(i, loss.item())
        opt = torch.optim.SGD([w, b], lr=0.05 / (i + 1), momentum=0.9)
print(w, b)
