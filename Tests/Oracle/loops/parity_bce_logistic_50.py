# Per-sample logistic models trained with nn.BCEWithLogitsLoss and nn.BCELoss side by side on 50 points:
# log_sigmoid uses SLEEF for every element, sigmoid splits 32 + 18, and both backwards divide by the
# element count after multiplying by the incoming gradient.
import torch
from torch import nn
torch.manual_seed(12)
x = torch.randn(50)
y = (x + 0.3 * torch.randn(50) > 0).float()
w1 = torch.randn(50, requires_grad=True)
w2 = w1.detach().clone().requires_grad_()
with_logits, plain = nn.BCEWithLogitsLoss(), nn.BCELoss()
opt = torch.optim.SGD([w1, w2], lr=2.0)
for epoch in range(150):
    opt.zero_grad()
    loss1 = with_logits(w1 * x, y)
    loss2 = plain(torch.sigmoid(w2 * x), y)
    (loss1 + loss2).backward()
    opt.step()
    if epoch % 25 == 0:
        print(epoch, loss1.item(), loss2.item())
print(loss1.item(), loss2.item())
print(w1[30:].tolist())
print(w2[30:].tolist())
