import torch
a = 10
a //= 3
print(a)
a **= 2
print(a)
a %= 5
print(a)
b = 7
b /= 2
print(b, type(b))
s = "ab"
s += "cd"
print(s)
l = [1]
l += [2, 3]
print(l)
t = torch.tensor([1, 2])
t += 1
print(t)
t *= 2
print(t)
u = torch.tensor([4., 9.])
u **= 0.5
print(u)
