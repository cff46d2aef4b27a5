import torch
w = torch.zeros(1)
for i in range(30):
    try:
        if 6 // (i // 3) > 1:
            w.add_(1)
    except ZeroDivisionError:
        w.add_(100)
print(w)
