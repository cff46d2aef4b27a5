import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
for i in range(15):
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
else:
    print("done", i, loss.item())
for j in range(10):
    loss = (w ** 2).sum()
    if loss.item() < 1.0:
        break
else:
    print("no break")
print(j, w.tolist())
