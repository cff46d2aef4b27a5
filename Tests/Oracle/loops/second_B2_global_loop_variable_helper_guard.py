import torch
w = torch.zeros(1)
def log():
    if i % 5 == 0:
        print(i, w)
def train():
    global i
    for i in range(12):
        w.add_(1)
        log()
train()
