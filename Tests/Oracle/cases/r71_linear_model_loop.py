import torch
torch.manual_seed(0)
X = torch.tensor([[1., 2.], [2., 1.], [3., 3.], [4., 5.]])
y = torch.tensor([5., 4., 9., 14.])
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.01)
for epoch in range(200):
    pred = X @ w + b
    loss = ((pred - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 50 == 0 or epoch == 199:
        print(f"epoch {epoch:3d} loss {loss.item():.6f}")
print(w.data, b.data)
print(X @ w.detach() + b.detach())
