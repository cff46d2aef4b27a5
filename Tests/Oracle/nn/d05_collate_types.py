import torch
from torch.utils.data import DataLoader
from torch.utils.data import default_collate

print(default_collate([1, 2, 3]))
print(default_collate([1.5, 2.5]))
print(default_collate([True, False]))
print(default_collate(["a", "b"]))
print(default_collate([(1, 2.0), (3, 4.0)]))
print(default_collate([torch.ones(2), torch.zeros(2)]))
print(default_collate([{"a": 1, "b": torch.ones(1)}, {"a": 2, "b": torch.zeros(1)}]))
print(list(DataLoader([1, 2, 3, 4, 5], batch_size=2)))
print(list(DataLoader([(torch.tensor(1.0), 2)] * 3, batch_size=2)))
print(list(DataLoader(range(5), batch_size=None)))
try:
    default_collate([object(), object()])
except TypeError as e:
    print("TypeError:", str(e)[:60])
try:
    default_collate([[1, 2], [3]])
except RuntimeError as e:
    print("RuntimeError:", e)
