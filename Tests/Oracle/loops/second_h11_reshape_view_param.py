import torch
w = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
for i in range(20):
    m = w.view(2, 2)
    loss = (m @ m).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad.zero_()
print(w, m)
