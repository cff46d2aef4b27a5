import torch
w = torch.tensor([0.3, -0.2], requires_grad=True)
x = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
y = torch.tensor([1., 2., 3.])
for i in range(4):
    out = x @ w
    loss = ((out - y) ** 2).mean()
    print("loss", loss)
    loss.backward()
    print("grad", w.grad)
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad.zero_()
print(out)
