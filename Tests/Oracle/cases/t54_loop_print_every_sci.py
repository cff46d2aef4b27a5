import torch
w = torch.tensor([5., -3.], requires_grad=True)
lr = 0.2
for step in range(60):
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
    w.grad.zero_()
    if step % 12 == 0:
        print(step, loss, w)
    if step % 25 == 24: print("step", step, loss.item())
print(w)
print(loss)
