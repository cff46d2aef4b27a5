from typing import List, Optional
import math, random

class Dataset:
    def __init__(self, data: List[int], transform=None):
        self.data = data
        self.transform = transform
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        x = self.data[idx]
        return self.transform(x) if self.transform else x
    def __contains__(self, x):
        return x in self.data

ds = Dataset([1, 2, 3, 4], transform=lambda v: v * 10)
print(len(ds), ds[0], ds[-1], 3 in ds, list(ds), [x for x in ds][:2])

class Linear:
    def __init__(self, n_in, n_out, *, bias=True):
        self.n_in, self.n_out, self.bias = n_in, n_out, bias
    def __call__(self, x):
        return [sum(x)] * self.n_out
    def __repr__(self):
        return f"{self.__class__.__name__}(in={self.n_in}, out={self.n_out}, bias={self.bias})"
    def __str__(self):
        return "Linear layer"

l = Linear(3, 2, bias=False)
print(l, repr(l), [l], {"layer": l}, l([1, 2, 3]))
print(vars(l), getattr(l, "missing", "default"), hasattr(l, "bias"), isinstance(l, (int, Linear)))
setattr(l, "extra", 5)
print(sorted(vars(l)))

class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.rank < other.rank
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"

cards = [Card(10, "h"), Card(2, "s"), Card(7, "d"), Card(2, "s")]
print(sorted(cards), max(cards), len(set(cards)), Card(2, "s") in cards)

def stats(*args, scale=1, **kwargs):
    print(args, scale, kwargs, sorted(kwargs.items()))
    return sum(args) * scale
print(stats(1, 2, 3, scale=2, name="x", tag=None))
print(stats(*[4, 5], **{"scale": 3}))

def find(xs: List[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None
print(find([5, 6, 7], 7), find([], 1))

data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

random.seed(0)
print(random.random(), random.randint(1, 10), random.choice("abc"), random.sample(range(10), 3))
xs = list(range(6))
random.shuffle(xs)
print(xs, random.uniform(0, 1), random.gauss(0, 1))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.floor(-2.5), math.inf, math.isclose(0.1 * 3, 0.3))
print({k: v for k, v in zip("abc", range(3))}.items(), list({"a": 1}.keys()), {"a": 1}.values())
