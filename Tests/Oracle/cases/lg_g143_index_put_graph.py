import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
buf = torch.zeros(3, 2)
for i in range(20):
    buf[1] = buf[1] + w
print(buf)
buf.sum().backward()
print(w.grad)
