import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
prev = None
for i in range(30):
    if i % 10 == 9:
        prev.backward()
        print(i, w.grad)
        w.grad = None
    with torch.no_grad():
        w.mul_(0.95)
    prev = (w * w * 3).sum()
print(w)
