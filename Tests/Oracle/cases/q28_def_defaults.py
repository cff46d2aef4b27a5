import torch
def step(p, lr=0.1, prn=True):
    loss = (p ** 2).sum()
    loss.backward()
    with torch.no_grad():
        p -= lr * p.grad
    p.grad = None
    if prn: print(loss.item(), p)
    return loss
p = torch.tensor([1., 2.], requires_grad=True)
for i in range(3): step(p)
step(p, lr=0.5)
l = step(p, prn=False)
print(l)
def many(*args, **kw):
    return len(args), sorted(kw)
print(many(1, 2, a=3))
