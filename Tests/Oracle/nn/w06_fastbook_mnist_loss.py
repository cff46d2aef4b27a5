import torch
torch.manual_seed(5)
train_x = torch.rand(12, 28*28)
train_y = torch.tensor([1]*6 + [0]*6).unsqueeze(1)
print(train_x.shape, train_y.shape)
def init_params(size, std=1.0): return (torch.randn(size)*std).requires_grad_()
weights = init_params((28*28, 1))
bias = init_params(1)
print(weights.shape, bias.shape)
def linear1(xb): return xb@weights + bias
preds = linear1(train_x)
print(preds.shape)
corrects = (preds>0.0).float() == train_y
print(corrects.shape, corrects.float().mean().item() <= 1)
trgts  = torch.tensor([1,0,1])
prds   = torch.tensor([0.9, 0.4, 0.2])
def mnist_loss(predictions, targets):
    return torch.where(targets==1, 1-predictions, predictions).mean()
print(torch.where(trgts==1, 1-prds, prds))
print(mnist_loss(prds,trgts))
print(mnist_loss(torch.tensor([0.9, 0.4, 0.8]),trgts))
def sigmoid(x): return 1/(1+torch.exp(-x))
def mnist_loss(predictions, targets):
    predictions = predictions.sigmoid()
    return torch.where(targets==1, 1-predictions, predictions).mean()
def calc_grad(xb, yb, model):
    preds = model(xb)
    loss = mnist_loss(preds, yb)
    loss.backward()
batch = train_x[:4]
calc_grad(batch, train_y[:4], linear1)
print(weights.grad.mean().item() != 0, bias.grad.shape)
calc_grad(batch, train_y[:4], linear1)
print(bias.grad.shape)
weights.grad.zero_()
bias.grad.zero_();
print(weights.grad.sum())
class BasicOptim:
    def __init__(self,params,lr): self.params,self.lr = list(params),lr
    def step(self, *args, **kwargs):
        for p in self.params: p.data -= p.grad.data * self.lr
    def zero_grad(self, *args, **kwargs):
        for p in self.params: p.grad = None
lin = torch.nn.Linear(28*28, 1)
w, b = lin.parameters()
print(w.shape, b.shape)
opt = BasicOptim(lin.parameters(), 1.)
def batch_accuracy(xb, yb):
    preds = xb.sigmoid()
    correct = (preds>0.5) == yb
    return correct.float().mean()
for epoch in range(3):
    calc_grad(train_x, train_y, lin)
    opt.step()
    opt.zero_grad()
    print(round(batch_accuracy(lin(train_x), train_y).item(), 4))
print(lin.weight.grad)
print(batch_accuracy(torch.tensor([[0.9],[0.1]]), torch.tensor([[1],[1]])))
