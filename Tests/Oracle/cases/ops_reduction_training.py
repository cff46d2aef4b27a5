# Training loops that use the newer reductions: soft k-means centres pulled towards their points by
# cdist, a robust (median/quantile) regression loss, a smooth max via logcumsumexp. The loop compiler
# leaves these to the interpreter; the numbers must still be PyTorch's, step after step.
import torch

torch.manual_seed(0)
x = torch.randn(20, 2)
centers = torch.randn(3, 2, requires_grad=True)
opt = torch.optim.SGD([centers], lr=0.1)
for step in range(30):
    d = torch.cdist(x, centers)
    spread, middle = torch.std_mean(centers)
    loss = d.min(dim=1).values.mean() + 0.01 * spread + centers.logcumsumexp(0)[-1].sum() * 0.001
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, loss.item(), middle.item())
print(centers)

xs = torch.linspace(0, 1, 12)
ys = 2 * xs + 1 + 0.1 * torch.randn(12)
ys[3] = 8.0
w = torch.zeros(2, requires_grad=True)
for epoch in range(40):
    pred = w[0] * xs + w[1]
    err = (pred - ys).abs()
    loss = err.median() + 0.5 * err.quantile(0.25) + err.kthvalue(3).values
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    if epoch % 10 == 9:
        print(epoch, round(loss.item(), 5), w.tolist())
