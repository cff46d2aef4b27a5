import torch
W = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
pre = (W ** 2).sum()
for i in range(12):
    loss = (W * W).sum()
    loss.backward()
    W.data.sub_(0.01 * W.grad)
    W.grad.zero_()
print(W.tolist())
pre.backward()
print(W.grad.tolist())
pre2 = (W ** 2).sum()
for i in range(12):
    W.detach().mul_(0.99)
try:
    pre2.backward()
except RuntimeError as e:
    print("error:", e)
print(W.tolist())
