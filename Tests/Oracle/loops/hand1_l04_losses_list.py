import torch
torch.manual_seed(1)
W = torch.randn(2, 2, requires_grad=True)
x = torch.randn(2)
t = torch.tensor([1.0, -1.0])
losses = []
for i in range(40):
    y = W @ x
    loss = ((y - t) ** 2).mean()
    losses.append(loss.item())
    loss.backward()
    with torch.no_grad():
        W.sub_(0.05 * W.grad)
        W.grad.zero_()
print(len(losses), losses[0], losses[-1], losses[20])
print(W.tolist())
