import torch
W = torch.tensor([0.5, -0.3], requires_grad=True)
x = torch.tensor([1.0, 2.0])
step = 0
for i in range(30):
    loss = ((W @ x) - 3.0) ** 2
    loss.backward()
    with torch.no_grad():
        W -= 0.01 * W.grad
        W.grad.zero_()
    step += 1
    if step == 20:
        W.data = W.data * 2
print(step, loss.item(), W.tolist())
