import torch
def f(x):
    return g(x)
print(f(1))
