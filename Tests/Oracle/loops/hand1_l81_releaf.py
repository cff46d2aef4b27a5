import torch
W = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
for i in range(30):
    loss = (W.exp() - 2 * W).sum()
    loss.backward()
    W = (W - 0.1 * W.grad).detach().requires_grad_()
print(loss.item(), W.tolist(), W.grad)
