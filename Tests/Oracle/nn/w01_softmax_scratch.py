import torch
torch.manual_seed(0)
X = torch.normal(0, 1, (2, 5))
def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition
X_prob = softmax(X)
print(X_prob.shape, X_prob.sum(1))
y = torch.tensor([0, 2])
y_hat = torch.tensor([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
print(y_hat[[0, 1], y])
def cross_entropy(y_hat, y):
    return -torch.log(y_hat[list(range(len(y_hat))), y])
print(cross_entropy(y_hat, y))
def accuracy(y_hat, y):
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.type(y.dtype) == y
    return float(cmp.type(y.dtype).sum())
print(accuracy(y_hat, y) / len(y))
W = torch.normal(0, 0.01, size=(4, 3), requires_grad=True)
b = torch.zeros(3, requires_grad=True)
Xb = torch.randn(8, 4)
yb = torch.randint(0, 3, (8,))
for epoch in range(3):
    y_hat = softmax(torch.matmul(Xb.reshape((-1, W.shape[0])), W) + b)
    l = cross_entropy(y_hat, yb)
    l.mean().backward()
    with torch.no_grad():
        for p in [W, b]:
            p -= 0.5 * p.grad
            p.grad.zero_()
    print(f'epoch {epoch + 1}, loss {float(l.mean()):f}, acc {accuracy(y_hat, yb) / len(yb):.3f}')
print(b)
