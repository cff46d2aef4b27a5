import torch
w = torch.tensor([3.0, 0.0, 1.0])
for i in range(20):
    if i == 15:
        break
    idx = w.argmax()
    cnt = (w > 2).sum()
    w.add_(torch.tensor([0.0, 0.5, 0.1]))
print(idx, cnt, w)
