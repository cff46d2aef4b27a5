import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
clip = None
max_clip = 0.01
for i in range(30):
    c = clip if i < 10 else max_clip
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        if c is not None:
            w.grad.clamp_(-c, c)
        w -= 0.1 * w.grad
    w.grad.zero_()
print(w, c)
