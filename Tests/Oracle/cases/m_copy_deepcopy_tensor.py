import copy
import torch
a = torch.tensor([1., 2.], requires_grad=True)
(a * 3).sum().backward()
b = copy.deepcopy(a)
print(b, b.grad, b.requires_grad, b.is_leaf)
b.data[0] = 10.
print(a)
c = copy.copy(a)
print(c, c.requires_grad)
params = {"w": a, "all": [a]}
p2 = copy.deepcopy(params)
print(p2["w"] is p2["all"][0], p2["w"] is a)
d = a * 2
copy.deepcopy(d)
