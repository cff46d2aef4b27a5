import torch

weights = {"w": torch.ones(2, 3)}
scores = [0.5, 0.25]
total = sum(scores) + \
    len(scores)
print(total)
x = torch.ones(3, 2)
y = (weights["w"] @
     x.T)
