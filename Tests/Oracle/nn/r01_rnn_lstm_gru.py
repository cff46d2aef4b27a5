# Recurrent layers as d2l / fastai use them: nn.RNN, nn.LSTM, nn.GRU and the cells
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
rnn = nn.RNN(input_size=4, hidden_size=3, batch_first=True)
print(rnn)
for name, p in rnn.named_parameters():
    print(name, tuple(p.shape))
x = torch.randn(2, 5, 4)
out, h = rnn(x)
print(out.shape, h.shape)
print(out[:, -1])
print(h)
print(torch.allclose(out[:, -1], h[0]))

lstm = nn.LSTM(4, 6, num_layers=2, proj_size=2)
print(lstm)
o, (h, c) = lstm(torch.randn(3, 2, 4))
print(o.shape, h.shape, c.shape)
print(o[-1])

gru = nn.GRU(4, 3, num_layers=2, bidirectional=True, dropout=0.5)
print(gru)
o, h = gru(torch.randn(5, 2, 4))
print(o.shape, h.shape)
print(h[-1])
gru.eval()
o2, h2 = gru(torch.randn(5, 4))
print(o2.shape, h2.shape)

relu_rnn = nn.RNN(3, 2, 1, nonlinearity='relu', bias=False)
print(relu_rnn, [n for n, _ in relu_rnn.named_parameters()])
h0 = torch.ones(1, 2)
y, hn = relu_rnn(torch.randn(4, 3), h0)
print(y, hn)

cell = nn.LSTMCell(3, 2)
hx, cx = torch.zeros(1, 2), torch.zeros(1, 2)
for t in range(3):
    hx, cx = cell(torch.randn(1, 3), (hx, cx))
print(hx, cx)
gcell = nn.GRUCell(3, 2)
print(gcell(torch.randn(3)))
rcell = nn.RNNCell(3, 2, nonlinearity='relu')
print(rcell, rcell(torch.randn(2, 3)).shape)

class CharModel(nn.Module):
    def __init__(self, vocab, n_hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.rnn = nn.LSTM(8, n_hidden, batch_first=True)
        self.head = nn.Linear(n_hidden, vocab)
    def forward(self, x):
        out, _ = self.rnn(self.emb(x))
        return self.head(out)

model = CharModel(10, 16)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
xb = torch.randint(0, 10, (4, 6))
yb = torch.roll(xb, -1, dims=1)
for step in range(20):
    logits = model(xb)
    loss = F.cross_entropy(logits.reshape(-1, 10), yb.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, round(loss.item(), 4))
print(model.rnn.weight_hh_l0.grad.abs().sum() > 0)

try:
    rnn(torch.randn(2, 5, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lstm(torch.randn(3, 2, 4), (torch.zeros(1, 2, 2), torch.zeros(2, 2, 6)))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.GRU(4, 3, proj_size=1)
except ValueError as e:
    print("ValueError:", e)
