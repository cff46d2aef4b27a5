import torch
import torch.nn as nn

class LineFitting(nn.Module):
    def __init__(self):
        super().__init__()
        self.W = nn.Parameter(torch.tensor([0.5]))
        self.b = nn.Parameter(torch.tensor([-1.0]))

    def forward(self, x):
        return self.W * x + self.b

model = LineFitting()
print(model)
for name, p in model.named_parameters():
    print(name, p)
x = torch.tensor([1.0, 2.0, 3.0])
y_true = torch.tensor([2.0, 4.0, 6.0])
loss_fn = nn.MSELoss()
loss = loss_fn(model(x), y_true)
print(loss)
loss.backward()
print(model.W.grad, model.b.grad)
print(list(model.parameters()))
