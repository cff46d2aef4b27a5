import torch
w = torch.zeros(1)
def train():
    global i
    for i in range(20):
        if i == 15:
            w.mul_(100)
        w.add_(1)
train()
print(w)
