import torch
import torch.nn as nn
from torch.utils.data import Dataset, DataLoader

class Table(Dataset):
    def __init__(self, n):
        g = torch.Generator().manual_seed(0)
        self.x = torch.randn(n, 3, generator=g)
        self.y = (self.x.sum(1) > 0).float()

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return {"features": self.x[i], "label": self.y[i], "id": i}

torch.manual_seed(0)
loader = DataLoader(Table(20), batch_size=8, shuffle=True)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
crit = nn.BCEWithLogitsLoss()
for epoch in range(2):
    for batch in loader:
        opt.zero_grad()
        logits = model(batch["features"]).squeeze(1)
        loss = crit(logits, batch["label"])
        loss.backward()
        opt.step()
        print(epoch, batch["id"].tolist(), round(loss.item(), 5))
