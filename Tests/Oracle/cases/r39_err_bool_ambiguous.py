import torch
x = torch.tensor([1., -1.])
if x.sum() > 0:
    print("pos")
else:
    print("nonpos")
if x > 0:
    print("yes")
