import torch
import torch.nn.functional as F
words = ['emma', 'olivia', 'ava', 'isabella', 'sophia']
chars = sorted(list(set(''.join(words))))
stoi = {s:i+1 for i,s in enumerate(chars)}
stoi['.'] = 0
itos = {i:s for s,i in stoi.items()}
block_size = 3
def build_dataset(words):
    X, Y = [], []
    for w in words:
        context = [0] * block_size
        for ch in w + '.':
            ix = stoi[ch]
            X.append(context)
            Y.append(ix)
            context = context[1:] + [ix]
    X = torch.tensor(X)
    Y = torch.tensor(Y)
    print(X.shape, Y.shape)
    return X, Y
X, Y = build_dataset(words)
print(X[:3], X.dtype)
vocab = len(itos)
g = torch.Generator().manual_seed(2147483647)
C = torch.randn((vocab, 2), generator=g)
print(C[5])
print(F.one_hot(torch.tensor(5), num_classes=vocab).float() @ C)
print(C[[5,6,7]])
emb = C[X]
print(emb.shape)
W1 = torch.randn((6, 100), generator=g)
b1 = torch.randn(100, generator=g)
print(torch.cat(torch.unbind(emb, 1), 1).shape)
h = torch.tanh(emb.view(-1, 6) @ W1 + b1)
print(h.shape)
W2 = torch.randn((100, vocab), generator=g)
b2 = torch.randn(vocab, generator=g)
parameters = [C, W1, b1, W2, b2]
print(sum(p.nelement() for p in parameters))
for p in parameters:
    p.requires_grad = True
for i in range(20):
    ix = torch.randint(0, X.shape[0], (8,), generator=g)
    emb = C[X[ix]]
    h = torch.tanh(emb.view(-1, 6) @ W1 + b1)
    logits = h @ W2 + b2
    loss = F.cross_entropy(logits, Y[ix])
    for p in parameters:
        p.grad = None
    loss.backward()
    lr = 0.1
    for p in parameters:
        p.data += -lr * p.grad
    if i % 5 == 0:
        print(f'{i:2d} {loss.item():.4f}')
try:
    emb.view(-1, 5)
except RuntimeError as e:
    print(e)
for _ in range(3):
    out = []
    context = [0] * block_size
    while True:
        emb = C[torch.tensor([context])]
        h = torch.tanh(emb.view(1, -1) @ W1 + b1)
        logits = h @ W2 + b2
        probs = F.softmax(logits, dim=1)
        ix = torch.multinomial(probs, num_samples=1, generator=g).item()
        context = context[1:] + [ix]
        out.append(ix)
        if ix == 0 or len(out) > 15:
            break
    print(''.join(itos[i] for i in out))
