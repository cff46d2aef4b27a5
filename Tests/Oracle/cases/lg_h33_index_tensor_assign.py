import torch
w = torch.tensor([0.0, 3.0, 6.0])
for i in range(20):
    w.add_(torch.tensor([1.0, 0.9, 0.8]))
    k = w.argmax()
    w[k] = 0.0
print(w)
