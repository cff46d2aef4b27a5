import torch
w = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
h = w @ w
o = h.mean()
o.backward()
print(w.grad)
print(h.grad)
print(o.grad)
print(h.is_leaf, o.is_leaf, w.is_leaf)
print(h.grad is None)
