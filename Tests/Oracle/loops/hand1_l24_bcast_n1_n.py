import torch
torch.manual_seed(5)
a = torch.randn(4, 1, requires_grad=True)
b = torch.randn(4, requires_grad=True)
for i in range(12):
    c = a + b
    d = (c * c.sigmoid()).mean()
    d.backward()
    with torch.no_grad():
        a -= 0.3 * a.grad
        b -= 0.3 * b.grad
    a.grad.zero_()
    b.grad.zero_()
print(d.item(), a.tolist(), b.tolist())
