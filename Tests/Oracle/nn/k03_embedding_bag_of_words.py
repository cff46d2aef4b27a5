# Bag-of-words sentiment classifier with nn.Embedding (mean of word vectors), padding_idx 0.
import torch
import torch.nn as nn

torch.manual_seed(0)
vocab = {"<pad>": 0, "good": 1, "great": 2, "bad": 3, "awful": 4, "movie": 5, "plot": 6}
sentences = [["good", "movie"], ["great", "plot", "movie"], ["bad", "movie"], ["awful", "plot"], ["good", "great"], ["bad", "awful", "plot"]]
labels = torch.tensor([1, 1, 0, 0, 1, 0])
L = max(len(s) for s in sentences)
ids = torch.tensor([[vocab[w] for w in s] + [0] * (L - len(s)) for s in sentences])
print(ids)

class BoW(nn.Module):
    def __init__(self, n, d):
        super().__init__()
        self.emb = nn.Embedding(n, d, padding_idx=0)
        self.out = nn.Linear(d, 2)

    def forward(self, x):
        mask = (x != 0).float().unsqueeze(-1)
        e = self.emb(x) * mask
        return self.out(e.sum(1) / mask.sum(1))

model = BoW(len(vocab), 4)
print(model)
print(model.emb.weight[0])
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(30):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(ids), labels)
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print(epoch, loss.item())
print(model.emb.weight.grad[0], model.emb.weight.grad[1])
print(model(ids).argmax(1))
e = nn.Embedding(3, 2)
out = e(torch.tensor([[0, 2], [2, 2]]))
print(out.shape, out.grad_fn.name())
out.sum().backward()
print(e.weight.grad)
