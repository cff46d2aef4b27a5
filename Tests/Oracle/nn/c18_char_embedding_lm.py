import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
text = "hello world hello there"
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
data = torch.tensor([stoi[c] for c in text])
xs, ys = data[:-1], data[1:]

class Bigram(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.table = nn.Embedding(vocab, vocab)

    def forward(self, idx, targets=None):
        logits = self.table(idx)
        loss = None if targets is None else F.cross_entropy(logits, targets)
        return logits, loss

model = Bigram(len(chars))
print(model)
opt = torch.optim.AdamW(model.parameters(), lr=0.1)
for step in range(30):
    logits, loss = model(xs, ys)
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, loss.item())
probs = F.softmax(model(torch.tensor([stoi["h"]]))[0], dim=-1)
print(probs)
print(torch.multinomial(probs, num_samples=5, replacement=True))
