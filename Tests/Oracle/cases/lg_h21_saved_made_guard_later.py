import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([0.5, -1.0])
keep = None
for i in range(30):
    with torch.no_grad():
        w.sub_(0.01)
    if i < 20:
        keep = (w * x).sigmoid().sum()
keep.backward()
print(w.grad, keep)
