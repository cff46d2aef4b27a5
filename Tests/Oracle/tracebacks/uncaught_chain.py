import torch

def normalize(rows):
    means = [sum(r) / len(r) for r in rows]
    return {i: m for i, m in enumerate(means)}

def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError(f"no row {key}") from e

stats = normalize([[1.0, 2.0], [3.0, 5.0]])
print(stats)
w = torch.ones(2, 3)
print(lookup(stats, 1))
x = (w @ torch.ones(2, 3)).sum() if lookup(stats, 7) else 0
