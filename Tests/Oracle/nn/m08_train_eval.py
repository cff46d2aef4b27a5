import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5), nn.Sequential(nn.ReLU(), nn.Dropout()))
print(model.training, model[1].training, model[2][1].training)
model.eval()
print(model.training, model[1].training, model[2][1].training)
r = model.train()
print(r is model, model[2][1].training)
model.train(False)
print([m.training for m in model.modules()])
try:
    model.train("yes")
except ValueError as e:
    print("ValueError:", e)
