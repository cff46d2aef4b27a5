# Learn free logits for 8 examples over 20 classes with F.cross_entropy: log_softmax sums each row of
# 20 with one 16-float vector plus a partial one (AVX-512), then a horizontal tree; the losses agree
# to the last digit only when gradstep adds in that order.
import torch
import torch.nn.functional as F
torch.manual_seed(5)
logits = (0.5 * torch.randn(8, 20)).requires_grad_()
targets = torch.randint(0, 20, (8,))
opt = torch.optim.SGD([logits], lr=0.5)
for step in range(200):
    opt.zero_grad()
    loss = F.cross_entropy(logits, targets)
    loss.backward()
    opt.step()
    if step % 20 == 0:
        print(step, loss.item())
probs = F.softmax(logits, dim=1)
print(probs[0].tolist())
print(probs.sum(dim=1).tolist())
