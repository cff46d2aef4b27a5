import torch
w = torch.zeros(1)
n = 0
def tick():
    global n
    n = n + 1
def train():
    n = 0
    for i in range(20):
        tick()
        w.add_(1)
train()
print(n, w)
