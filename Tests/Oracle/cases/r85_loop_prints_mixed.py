import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
history = []
for it in range(12):
    loss = (w ** 2).sum() + (w[0] * w[1])
    loss.backward()
    with torch.no_grad():
        w.sub_(0.2 * w.grad)
    w.grad = None
    history.append(round(loss.item(), 4))
    if (it + 1) % 4 == 0:
        print("it", it + 1, "loss", loss.item(), "w", w)
print(history)
print(min(history), max(history), len(history))
