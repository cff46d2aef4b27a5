import torch
p = torch.tensor([0.5, -0.3, 0.8], requires_grad=True)
for i in range(20):
    a, b, c = p
    loss = (a * b - c) ** 2 + (a + b + c - 1) ** 2
    loss.backward()
    with torch.no_grad():
        p -= 0.1 * p.grad
    p.grad.zero_()
print(loss.item(), p.tolist(), a, c)
