import torch
from torch import nn
torch.manual_seed(2)
n_train, num_inputs, batch_size = 20, 10, 5
true_w, true_b = torch.ones((num_inputs, 1)) * 0.01, 0.05
features = torch.randn(n_train, num_inputs)
labels = torch.matmul(features, true_w) + true_b
labels += torch.normal(0, 0.01, labels.shape)
def init_params():
    w = torch.normal(0, 1, size=(num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    return [w, b]
def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2
def linreg(X, w, b):
    return torch.matmul(X, w) + b
def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2
def sgd(params, lr, batch_size):
    with torch.no_grad():
        for param in params:
            param -= lr * param.grad / batch_size
            param.grad.zero_()
def train(lambd):
    w, b = init_params()
    for epoch in range(5):
        for i in range(0, n_train, batch_size):
            X, y = features[i:i+batch_size], labels[i:i+batch_size]
            l = squared_loss(linreg(X, w, b), y) + lambd * l2_penalty(w)
            l.sum().backward()
            sgd([w, b], 0.03, batch_size)
    print('w的L2范数是：', torch.norm(w).item() > 0, f'{torch.norm(w).item():.4f}')
train(lambd=0)
train(lambd=3)
net = nn.Sequential(nn.Linear(num_inputs, 1))
for param in net.parameters():
    param.data.normal_()
trainer = torch.optim.SGD([
    {"params": net[0].weight, 'weight_decay': 3},
    {"params": net[0].bias}], lr=0.03)
print(trainer)
loss = nn.MSELoss(reduction='none')
for epoch in range(3):
    trainer.zero_grad()
    l = loss(net(features), labels)
    l.mean().backward()
    trainer.step()
print(f'{net[0].weight.norm().item():.4f}')
print(trainer.param_groups[0]['weight_decay'], trainer.param_groups[1]['weight_decay'])
