# A small "flow" that moves 45 points with smooth activations for 200 steps. Each activation rounds
# differently in PyTorch's vector code (the first 32 elements) and its scalar code (the last 13).
import torch
import torch.nn.functional as F
torch.manual_seed(7)
x = torch.randn(45) * 3
with torch.no_grad():
    for step in range(200):
        v = F.silu(x) - 0.5 * F.softplus(x) + 0.25 * F.mish(x) - 0.1 * F.elu(x) \
            - 0.2 * F.gelu(x, approximate="tanh")
        x = x - 0.05 * v
        if step % 20 == 0:
            print(step, x.sum().item(), x.abs().max().item())
print(x[:4].tolist())
print(x[-4:].tolist())
