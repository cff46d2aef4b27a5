import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)
targets = torch.tensor([[1.0, 0.0, 1.0], [0.0, 0.0, 1.0], [1.0, 1.0, 0.0], [0.0, 1.0, 0.0]])
crit = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0, 3.0]), weight=torch.tensor([1.0, 0.5, 1.0]))
print(crit)
print(list(crit.state_dict().keys()))
loss = crit(logits, targets)
loss.backward()
print(loss, logits.grad)
print(nn.BCELoss(reduction="none")(torch.sigmoid(logits), targets))
