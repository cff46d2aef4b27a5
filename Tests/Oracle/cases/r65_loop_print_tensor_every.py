import torch
x = torch.tensor([3., -2.], requires_grad=True)
for i in range(25):
    f = (x[0] - 1) ** 2 + 2 * (x[1] + 0.5) ** 2
    f.backward()
    with torch.no_grad():
        x -= 0.1 * x.grad
    x.grad.zero_()
    if i % 6 == 0 or i == 24:
        print(f"step {i}", f, x)
