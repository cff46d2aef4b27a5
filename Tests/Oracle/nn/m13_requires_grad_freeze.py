import torch
import torch.nn as nn

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
model[0].requires_grad_(False)
print([(n, p.requires_grad) for n, p in model.named_parameters()])
x = torch.randn(5, 3)
loss = model(x).pow(2).mean()
loss.backward()
print(model[0].weight.grad)
print(model[2].weight.grad)
trainable = [p for p in model.parameters() if p.requires_grad]
print(len(trainable))
for p in model.parameters():
    p.requires_grad = True
print(all(p.requires_grad for p in model.parameters()))
