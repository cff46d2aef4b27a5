import torch
w = torch.tensor([1.0, 2.0])
n = 0
def reset():
    global n
    n = 0
def train():
    n = 0
    for i in range(20):
        reset()
        n = n + 1
        w.add_(1.0)
    return n
print(train())
print(w, n)
