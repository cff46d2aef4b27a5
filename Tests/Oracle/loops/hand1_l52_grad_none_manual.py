import torch
w = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
for i in range(20):
    loss = ((w - 0.5) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w.sub_(w.grad * 0.2)
    w.grad = None
print(w.tolist(), w.grad)
