import torch
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for i in range(20):
    loss = (w.sin() * w.cos()).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(loss.item(), w.tolist())
loss.backward()
print("no error?")
