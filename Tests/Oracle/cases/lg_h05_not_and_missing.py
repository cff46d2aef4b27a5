import torch
w = torch.zeros(1)
paused = True
for i in range(30):
    if not (i >= 10 and paused):
        w.add_(1)
print(w)
