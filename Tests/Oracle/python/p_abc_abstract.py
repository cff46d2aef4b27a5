from abc import ABC, abstractmethod

class Dataset(ABC):
    @abstractmethod
    def __len__(self):
        ...
    @abstractmethod
    def __getitem__(self, i):
        ...
    def describe(self):
        return f"{type(self).__name__} with {len(self)} items"

class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i * i

s = Squares(4)
print(s.describe(), [s[i] for i in range(len(s))])
try:
    Dataset()
except TypeError as e:
    print(e)

class Half(Dataset):
    def __len__(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)

class Model(ABC):
    @abstractmethod
    def forward(self, x):
        pass
class Bad(Model):
    pass
Bad()
