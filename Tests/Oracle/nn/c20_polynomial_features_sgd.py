import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.linspace(-2, 2, 50).unsqueeze(1)
y = 0.5 * x ** 3 - x + 0.3 * torch.randn_like(x)
features = torch.cat([x, x ** 2, x ** 3], dim=1)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
criterion = nn.MSELoss()
for epoch in range(1, 201):
    optimizer.zero_grad()
    loss = criterion(model(features), y)
    loss.backward()
    optimizer.step()
    if epoch % 40 == 0:
        print(f"epoch {epoch:3d} loss {loss.item():.6f}")
w = model.weight.data.squeeze().tolist()
print("coefficients:", [round(c, 4) for c in w], "bias:", round(model.bias.item(), 4))
