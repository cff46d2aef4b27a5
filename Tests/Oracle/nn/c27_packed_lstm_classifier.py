# Variable-length sequence classification with an LSTM over packed sequences
# (the pattern of the PyTorch NLP tutorials): pad, embed, pack, run, use the final hidden state.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
vocab_size, pad_idx = 12, 0
sentences = [torch.tensor([3, 5, 7, 2]), torch.tensor([4, 9]), torch.tensor([6, 1, 8, 10, 11, 2]),
             torch.tensor([7, 7, 3])]
labels = torch.tensor([1, 0, 1, 0])
lengths = torch.tensor([len(s) for s in sentences])
padded = pad_sequence(sentences, batch_first=True, padding_value=pad_idx)
print(padded)
print(lengths)


class LSTMClassifier(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim, num_classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, text, lengths):
        embedded = self.embedding(text)
        packed = pack_padded_sequence(embedded, lengths, batch_first=True, enforce_sorted=False)
        packed_out, (hidden, cell) = self.lstm(packed)
        return self.fc(hidden[-1]), packed_out


model = LSTMClassifier(vocab_size, 5, 6, 2)
print(model)
logits, packed_out = model(padded, lengths)
print(packed_out.batch_sizes, packed_out.sorted_indices, packed_out.unsorted_indices)
print(packed_out.data.shape, packed_out.data.grad_fn.name())
out, out_lengths = pad_packed_sequence(packed_out, batch_first=True)
print(out.shape, out_lengths)
print("padding stays zero:", bool((out[1, 2:] == 0).all()))
print("last step equals the final hidden state:",
      torch.allclose(out[torch.arange(4), lengths - 1], model.lstm(pack_padded_sequence(
          model.embedding(padded), lengths, batch_first=True, enforce_sorted=False))[1][0][-1]))

optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
criterion = nn.CrossEntropyLoss()
for epoch in range(1, 11):
    optimizer.zero_grad()
    logits, _ = model(padded, lengths)
    loss = criterion(logits, labels)
    loss.backward()
    optimizer.step()
    if epoch % 2 == 0:
        print(f"epoch {epoch} loss {loss.item():.4f} predictions {logits.argmax(1).tolist()}")
print("embedding grad at padding_idx:", model.embedding.weight.grad[pad_idx].abs().sum().item())
