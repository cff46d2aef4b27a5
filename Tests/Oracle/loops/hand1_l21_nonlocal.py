import torch
def make_counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
bump = make_counter()
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(20):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    bump()
print(bump(), w.tolist())
