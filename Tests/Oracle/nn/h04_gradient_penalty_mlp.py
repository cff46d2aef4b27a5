# A gradient penalty (as in WGAN-GP) on a tiny MLP: the loss uses the gradient of the output
# with respect to the input, so backward has to go through a backward.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
critic = nn.Sequential(
    nn.Linear(2, 8),
    nn.Sigmoid(),
    nn.Linear(8, 1),
)
opt = torch.optim.Adam(critic.parameters(), lr=0.01)

real = torch.randn(16, 2) + 2
fake = torch.randn(16, 2)

def gradient_penalty(model, real, fake):
    alpha = torch.rand(real.size(0), 1)
    interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    out = model(interp)
    grads = torch.autograd.grad(outputs=out, inputs=interp,
                                grad_outputs=torch.ones_like(out),
                                create_graph=True, retain_graph=True)[0]
    return ((grads.norm(2, dim=1) - 1) ** 2).mean()

for step in range(5):
    opt.zero_grad()
    loss_w = critic(fake).mean() - critic(real).mean()
    gp = gradient_penalty(critic, real, fake)
    loss = loss_w + 10 * gp
    loss.backward()
    opt.step()
    print(f"step {step}: wasserstein {loss_w.item():.5f}  penalty {gp.item():.5f}")

print(critic[0].weight.grad)
print(critic[2].bias.grad)

# an input-gradient regulariser with ReLU and an MSE loss
torch.manual_seed(1)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
x = torch.randn(6, 3, requires_grad=True)
y = torch.randn(6, 1)
pred = net(x)
mse = F.mse_loss(pred, y)
dx, = torch.autograd.grad(mse, x, create_graph=True)
reg = dx.pow(2).sum()
total = mse + 0.1 * reg
total.backward()
print(dx.grad_fn.name())
print(mse.item(), reg.item())
for name, p in net.named_parameters():
    print(name, p.grad)

# WGAN-GP's critic usually has LeakyReLU activations
torch.manual_seed(2)
D = nn.Sequential(nn.Linear(2, 6), nn.LeakyReLU(0.2), nn.Linear(6, 1))
gp = gradient_penalty(D, torch.randn(8, 2) + 1, torch.randn(8, 2))
gp.backward()
print(gp)
print(D[0].weight.grad)
