import torch
w = torch.ones(3, requires_grad=True)
m = torch.ones(2, 2, requires_grad=True)
for f in [lambda: w[0:2].add_(1), lambda: w.view(3).mul_(2), lambda: m.T.fill_(0), lambda: w[0].zero_(), lambda: m[1][0:1].sub_(1)]:
    try:
        f()
        print("ok")
    except RuntimeError as ex:
        print(ex)
with torch.no_grad():
    w[0:2].add_(1)
print(w)
b = torch.ones(3, requires_grad=True)
e = b.expand(b.shape)
print(e is b, b.is_leaf, b.grad_fn, e.grad_fn is not None)
e.sum().backward()
print(b.grad)
