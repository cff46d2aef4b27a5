# torch.utils.data (torch/utils/data/__init__.py).

from torch.utils.data.dataset import Dataset, IterableDataset, TensorDataset, ConcatDataset, Subset, random_split
from torch.utils.data.sampler import (
    Sampler, SequentialSampler, RandomSampler, SubsetRandomSampler, WeightedRandomSampler, BatchSampler,
)
from torch.utils.data.dataloader import DataLoader
from torch.utils.data._utils.collate import default_collate, default_convert
