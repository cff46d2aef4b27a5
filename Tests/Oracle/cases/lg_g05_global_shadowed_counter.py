import torch
w = torch.tensor([1.0, 2.0])
cnt = 0
def tick():
    global cnt
    cnt = cnt + 1
def train():
    cnt = 5
    for i in range(20):
        tick()
        w.add_(1.0)
    return cnt
print(train())
print(cnt, w)
