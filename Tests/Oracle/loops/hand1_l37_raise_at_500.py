import torch
w = torch.tensor([0.5, -0.5], requires_grad=True)
for i in range(1000):
    loss = (w.tanh() ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad.zero_()
    if i == 500:
        print("about to fail", w.tolist())
        raise ValueError(f"stop at {i}")
print("unreachable")
