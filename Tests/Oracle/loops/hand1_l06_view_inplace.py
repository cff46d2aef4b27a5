import torch
W = torch.zeros(3, 2)
for i in range(12):
    W[0] += 1
    W[1, 1] += 0.5
    W[2] = W[2] + W[0] * 0.1
print(W.tolist())
