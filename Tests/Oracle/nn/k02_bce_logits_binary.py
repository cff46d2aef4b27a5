# Binary classification with BCEWithLogitsLoss (logistic regression, d2l style), with pos_weight.
import torch
import torch.nn as nn

torch.manual_seed(1)
X = torch.randn(40, 2)
y = ((X[:, 0] + 0.5 * X[:, 1]) > 0).float().unsqueeze(1)

model = nn.Linear(2, 1)
crit = nn.BCEWithLogitsLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for step in range(20):
    opt.zero_grad()
    loss = crit(model(X), y)
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, round(loss.item(), 5))
print(loss)
print(model.weight.grad, model.bias.grad)

with torch.no_grad():
    preds = (torch.sigmoid(model(X)) > 0.5).float()
print("accuracy", (preds == y).float().mean().item())

weighted = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))
logits = torch.tensor([[0.5], [-1.0], [2.0]], requires_grad=True)
target = torch.tensor([[1.0], [0.0], [1.0]])
l = weighted(logits, target)
l.backward()
print(l, logits.grad)
print(nn.BCELoss()(torch.sigmoid(logits), target))
print(nn.BCELoss(reduction="sum")(torch.tensor([0.0, 1.0]), torch.tensor([0.0, 1.0])))
print(nn.BCEWithLogitsLoss(reduction="none")(torch.tensor([100.0, -100.0]), torch.tensor([0.0, 1.0])))
