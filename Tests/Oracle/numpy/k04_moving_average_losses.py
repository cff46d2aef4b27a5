import numpy as np
import torch

torch.manual_seed(0)
x = torch.linspace(-2, 2, 50).reshape(-1, 1)
y = 3 * x + 0.5
model = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
losses = []
for step in range(60):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    losses.append(loss.item())
losses = np.array(losses)
print(losses[:3].round(4), losses[-3:].round(4))
print(losses.min(), losses.argmin(), losses[::15])
chunks = losses.reshape(6, 10).mean(axis=1)
print(chunks)
print(np.diff(chunks) < 0)
