# A tiny MNIST-style classifier on random 8x8 "digits" (as in the PyTorch tutorials' first model).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.randn(64, 1, 8, 8)
y = torch.randint(0, 10, (64,))

model = nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
print(model)

for epoch in range(5):
    for i in range(0, 64, 16):
        xb, yb = X[i:i + 16], y[i:i + 16]
        pred = model(xb)
        loss = loss_fn(pred, yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        logits = model(X)
        acc = (logits.argmax(1) == y).float().mean()
    print(f"epoch {epoch}: loss {loss.item():.4f} accuracy {acc.item():.3f}")

print(loss.grad_fn.name(), loss.grad_fn.next_functions[0][0].name())
probs = F.softmax(model(X[:2]), dim=1)
print(probs.sum(1))
print(F.cross_entropy(model(X[:4]), y[:4], reduction="none"))
print(F.cross_entropy(model(X[:4]), y[:4], label_smoothing=0.1))
