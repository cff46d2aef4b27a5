import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
big = torch.zeros(4)
w.grad = big[1:3]
for i in range(10):
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
print(big.tolist(), w.tolist(), w.grad.tolist())
