import torch

class SyntheticRegressionData:
    """Synthetic data for linear regression."""
    def __init__(self, w, b, noise=0.01, num_train=20, num_val=10, batch_size=8):
        self.w, self.b, self.noise = w, b, noise
        self.num_train, self.num_val, self.batch_size = num_train, num_val, batch_size
        n = num_train + num_val
        torch.manual_seed(0)
        self.X = torch.randn(n, len(w))
        noise = torch.randn(n, 1) * noise
        self.y = self.X @ w.reshape((-1, 1)) + b + noise

    def get_dataloader(self, train):
        i = slice(0, self.num_train) if train else slice(self.num_train, None)
        X, y = self.X[i], self.y[i]
        for start in range(0, X.shape[0], self.batch_size):
            yield X[start:start + self.batch_size], y[start:start + self.batch_size]

class LinearRegressionScratch:
    def __init__(self, num_inputs, lr, sigma=0.01):
        self.lr = lr
        self.w = torch.normal(0, sigma, (num_inputs, 1), requires_grad=True)
        self.b = torch.zeros(1, requires_grad=True)

    def forward(self, X):
        return X @ self.w + self.b

    def loss(self, y_hat, y):
        l = (y_hat - y) ** 2 / 2
        return l.mean()

data = SyntheticRegressionData(w=torch.tensor([2, -3.4]), b=4.2)
model = LinearRegressionScratch(2, lr=0.03)
for epoch in range(3):
    for X, y in data.get_dataloader(train=True):
        l = model.loss(model.forward(X), y)
        l.backward()
        with torch.no_grad():
            for p in [model.w, model.b]:
                p -= model.lr * p.grad
                p.grad.zero_()
    with torch.no_grad():
        val = [model.loss(model.forward(X), y).item() for X, y in data.get_dataloader(train=False)]
    print(f"epoch {epoch}, val loss {sum(val) / len(val):.4f}")
print(model.w.reshape(-1), model.b)
