import torch
w = torch.zeros(1)
quiet = False
for i in range(30):
    skip = not (i < 10 or quiet)
    if not skip:
        w.add_(1)
print(w)
