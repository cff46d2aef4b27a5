from dataclasses import dataclass, field
from collections import Counter, defaultdict
from typing import Dict, List
import math
import random

@dataclass
class EpochStats:
    epoch: int
    losses: List[float] = field(default_factory=list)
    correct: int = 0
    total: int = 0

    @property
    def mean_loss(self) -> float:
        return sum(self.losses) / max(len(self.losses), 1)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

@dataclass
class History:
    epochs: List[EpochStats] = field(default_factory=list)
    label_counts: Counter = field(default_factory=Counter)

    def log(self, stats: EpochStats):
        self.epochs.append(stats)

    def best(self):
        return min(self.epochs, key=lambda s: s.mean_loss)

random.seed(0)
hist = History()
for epoch in range(3):
    st = EpochStats(epoch)
    for step in range(5):
        loss = math.exp(-0.3 * (epoch * 5 + step)) + random.random() * 0.05
        st.losses.append(round(loss, 4))
        label = random.choice(["cat", "dog", "bird"])
        hist.label_counts[label] += 1
        st.total += 1
        st.correct += random.random() < 0.5 + 0.1 * epoch
    hist.log(st)
    print(f"epoch {epoch}: loss={st.mean_loss:.4f} acc={st.accuracy:.2%} n={st.total}")
print(hist.best().epoch, hist.label_counts.most_common(2))
print(hist.epochs[0])
print(EpochStats(9) == EpochStats(9), EpochStats(9) == EpochStats(8))
try:
    hash(EpochStats(1))
except TypeError as e:
    print("TypeError:", e)
