import torch
w = torch.tensor([2., 3.], requires_grad=True)
h = w.exp()
loss = (h * w).mean()
loss.backward(retain_graph=True)
print(w.grad)
loss.backward()
print(w.grad)
loss.backward()
