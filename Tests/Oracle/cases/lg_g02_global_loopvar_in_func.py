import torch
w = torch.tensor([1.0, 2.0])
def train():
    global i
    for i in range(30):
        if i % 10 == 5:
            w.mul_(2.0)
        w.add_(1.0)
train()
print(w)
print(i)
