# A 6x9 grid of logistic units trained with torch.optim.SGD: 54 elements per sigmoid call (32 in
# PyTorch's AVX-512 vector loop, 22 in its scalar tail), 250 steps.
import torch
torch.manual_seed(11)
inputs = torch.randn(6, 9)
targets = (torch.rand(6, 9) > 0.5).float()
logits = torch.zeros(6, 9, requires_grad=True)
scale = torch.ones(6, 9, requires_grad=True)
opt = torch.optim.SGD([logits, scale], lr=0.8, momentum=0.9)
for epoch in range(250):
    opt.zero_grad()
    p = torch.sigmoid(scale * inputs + logits)
    loss = ((p - targets) ** 2).sum() / 54
    loss.backward()
    opt.step()
    if epoch % 50 == 0 or epoch == 249:
        print(f"epoch {epoch}: loss {loss.item()}")
        print(p[5].tolist())
print(p.sum().item())
print(p[3].tolist())
print(p[5].tolist())
