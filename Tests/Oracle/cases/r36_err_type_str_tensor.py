import torch
x = torch.ones(2)
print("x is " + str(x))
print("x is " + x)
