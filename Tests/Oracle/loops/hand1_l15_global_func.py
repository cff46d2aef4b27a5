import torch
scale = 1.0
def f(w):
    return (w * scale) ** 2
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(20):
    loss = f(w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
        w.grad.zero_()
    scale = scale * 1.1
print(w.tolist(), scale)
