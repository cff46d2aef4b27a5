import torch
from torch import nn
torch.manual_seed(7)
X_all = torch.rand(40, 1, 4, 4)
y_all = torch.randint(0, 3, (40,))
class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3))
    def forward(self, x):
        return self.linear_relu_stack(self.flatten(x))
model = NeuralNetwork()
learning_rate = 1e-1
batch_size = 10
epochs = 3
loss_fn = nn.CrossEntropyLoss()
print(loss_fn)
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
def train_loop(model, loss_fn, optimizer):
    size = len(X_all)
    model.train()
    for batch in range(size // batch_size):
        X = X_all[batch*batch_size:(batch+1)*batch_size]
        y = y_all[batch*batch_size:(batch+1)*batch_size]
        pred = model(X)
        loss = loss_fn(pred, y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if batch % 2 == 0:
            loss, current = loss.item(), batch * batch_size + len(X)
            print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")
def test_loop(model, loss_fn):
    model.eval()
    size = len(X_all)
    num_batches = size // batch_size
    test_loss, correct = 0, 0
    with torch.no_grad():
        for batch in range(num_batches):
            X = X_all[batch*batch_size:(batch+1)*batch_size]
            y = y_all[batch*batch_size:(batch+1)*batch_size]
            pred = model(X)
            test_loss += loss_fn(pred, y).item()
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    test_loss /= num_batches
    correct /= size
    print(f"Test Error: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")
for t in range(epochs):
    print(f"Epoch {t+1}\n-------------------------------")
    train_loop(model, loss_fn, optimizer)
    test_loop(model, loss_fn)
print("Done!")
print(optimizer)
