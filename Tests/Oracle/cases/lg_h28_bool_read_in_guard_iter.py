import torch
w = torch.zeros(1)
flag = w > 100
for i in range(30):
    if i % 10 == 9:
        print(i, flag)
    flag = w > 5
    w.add_(1)
