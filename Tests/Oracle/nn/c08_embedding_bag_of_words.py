import torch
import torch.nn as nn

torch.manual_seed(0)
vocab = ["<pad>", "good", "bad", "movie", "great", "awful", "plot"]
sents = [[1, 3, 0], [2, 6, 0], [4, 3, 6], [5, 6, 3]]
labels = torch.tensor([1.0, 0.0, 1.0, 0.0])

class BoW(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(len(vocab), 4, padding_idx=0)
        self.fc = nn.Linear(4, 1)

    def forward(self, idx):
        return self.fc(self.emb(idx).mean(dim=1)).squeeze(1)

model = BoW()
print(model)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
lossf = nn.BCEWithLogitsLoss()
x = torch.tensor(sents)
for step in range(20):
    opt.zero_grad()
    loss = lossf(model(x), labels)
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, loss.item())
print(torch.sigmoid(model(x)))
print(model.emb.weight[0])
