import torch
w = torch.zeros(1)
done = True
for i in range(30):
    go = True if i < 10 else not done
    if go:
        w.add_(1)
print(w)
