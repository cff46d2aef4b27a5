import torch
w = torch.tensor([1.0, 2.0, 3.0])
acc = torch.zeros(1)
for i in range(20):
    v = w[0:1]
    acc.add_(v * 2)
    w.add_(1)
print(w, acc, v)
