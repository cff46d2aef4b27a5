# The "NLP from scratch" seq2seq pattern on a toy copy task: a GRU encoder over a packed batch,
# a GRU decoder fed its previous output (teacher forcing while training), NLLLoss on log_softmax.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
SOS, EOS, PAD, V = 1, 2, 0, 8
pairs = [[3, 4, 5], [6, 7], [5, 3, 6, 4], [7, 6, 5]]
src = [torch.tensor(p + [EOS]) for p in pairs]
lengths = torch.tensor([len(s) for s in src])
src_pad = pad_sequence(src, batch_first=True, padding_value=PAD)
tgt_pad = src_pad.clone()


class EncoderRNN(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden, padding_idx=PAD)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x, lengths):
        packed = pack_padded_sequence(self.embedding(x), lengths, batch_first=True, enforce_sorted=False)
        out, hidden = self.gru(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        return out, hidden


class DecoderRNN(nn.Module):
    def __init__(self, hidden, vocab):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, hidden, steps, target=None):
        batch = hidden.size(1)
        inp = torch.full((batch, 1), SOS, dtype=torch.long)
        outputs = []
        for t in range(steps):
            out, hidden = self.gru(F.relu(self.embedding(inp)), hidden)
            logits = self.out(out)
            outputs.append(logits)
            if target is not None:
                inp = target[:, t].unsqueeze(1)
            else:
                _, topi = logits.topk(1)
                inp = topi.squeeze(-1).detach()
        return F.log_softmax(torch.cat(outputs, dim=1), dim=-1), hidden


enc, dec = EncoderRNN(V, 16), DecoderRNN(16, V)
params = list(enc.parameters()) + list(dec.parameters())
optimizer = torch.optim.SGD(params, lr=0.5, momentum=0.9)
criterion = nn.NLLLoss(ignore_index=PAD)
steps = tgt_pad.size(1)
for epoch in range(1, 31):
    optimizer.zero_grad()
    enc_out, hidden = enc(src_pad, lengths)
    log_probs, _ = dec(hidden, steps, tgt_pad)
    loss = criterion(log_probs.reshape(-1, V), tgt_pad.reshape(-1))
    loss.backward()
    optimizer.step()
    if epoch % 10 == 0:
        print(f"epoch {epoch} loss {loss.item():.4f}")
print(enc_out.shape, hidden.shape)
with torch.no_grad():
    _, hidden = enc(src_pad, lengths)
    log_probs, _ = dec(hidden, steps)
print(log_probs.argmax(-1).tolist())
print(tgt_pad.tolist())
