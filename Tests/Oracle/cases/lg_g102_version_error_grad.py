import torch
w = torch.tensor([0.5, -0.3], requires_grad=True)
b = torch.tensor([0.1], requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1)
for i in range(40):
    opt.zero_grad()
    h = (w * b).sigmoid()
    loss = (h * h).sum()
    if i == 33:
        with torch.no_grad():
            b.add_(0.0)
    loss.backward()
    opt.step()
print(w, b)
