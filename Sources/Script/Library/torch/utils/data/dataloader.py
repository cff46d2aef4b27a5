# DataLoader (torch/utils/data/dataloader.py), single-process: a sampler (sequential or random)
# grouped by a BatchSampler, samples fetched and collated batch by batch. Each new iterator
# draws a base seed from the global generator before the sampler runs, as PyTorch's does,
# so the random stream after an epoch is PyTorch's. num_workers > 0 loads in-process.

import torch
from torch.utils.data.dataset import IterableDataset, TensorDataset
from torch.utils.data.sampler import SequentialSampler, RandomSampler, BatchSampler
from torch.utils.data._utils.collate import default_collate, default_convert


class _InfiniteConstantSampler:
    def __iter__(self):
        while True:
            yield None


class DataLoader:
    """Combines a dataset and a sampler, and iterates over batches of the dataset."""

    def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0,
                 collate_fn=None, pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None,
                 multiprocessing_context=None, generator=None, *, prefetch_factor=None, persistent_workers=False,
                 pin_memory_device="", in_order=True):
        if num_workers < 0:
            raise ValueError(
                "num_workers option should be non-negative; use num_workers=0 to disable multiprocessing."
            )
        if timeout < 0:
            raise ValueError("timeout option should be non-negative")
        if num_workers == 0 and prefetch_factor is not None:
            raise ValueError(
                "prefetch_factor option could only be specified in multiprocessing."
                "let num_workers > 0 to enable multiprocessing, otherwise set prefetch_factor to None."
            )
        elif num_workers > 0 and prefetch_factor is None:
            prefetch_factor = 2
        elif prefetch_factor is not None and prefetch_factor < 0:
            raise ValueError("prefetch_factor option should be non-negative")
        if persistent_workers and num_workers == 0:
            raise ValueError("persistent_workers option needs num_workers > 0")
        self.dataset = dataset
        self.num_workers = num_workers
        self.prefetch_factor = prefetch_factor
        self.pin_memory = pin_memory
        self.pin_memory_device = pin_memory_device
        self.timeout = timeout
        self.worker_init_fn = worker_init_fn
        self.multiprocessing_context = multiprocessing_context
        self.in_order = in_order
        if isinstance(dataset, IterableDataset):
            self._iterable = True
            if shuffle not in {False, None}:
                raise ValueError(
                    f"DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle={shuffle}"
                )
            elif sampler is not None:
                raise ValueError(
                    f"DataLoader with IterableDataset: expected unspecified sampler option, but got sampler={sampler}"
                )
            elif batch_sampler is not None:
                raise ValueError(
                    "DataLoader with IterableDataset: expected unspecified "
                    f"batch_sampler option, but got batch_sampler={batch_sampler}"
                )
        else:
            shuffle = bool(shuffle)
            self._iterable = False
        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        if batch_sampler is not None:
            # auto_collation with custom batch_sampler
            if batch_size != 1 or shuffle or sampler is not None or drop_last:
                raise ValueError(
                    "batch_sampler option is mutually exclusive "
                    "with batch_size, shuffle, sampler, and "
                    "drop_last"
                )
            batch_size = None
            drop_last = False
        elif batch_size is None:
            # no auto_collation
            if drop_last:
                raise ValueError(
                    "batch_size=None option disables auto-batching and is mutually exclusive with drop_last"
                )
        if sampler is None:  # give default samplers
            if self._iterable:
                sampler = _InfiniteConstantSampler()
            elif shuffle:
                sampler = RandomSampler(dataset, generator=generator)
            else:
                sampler = SequentialSampler(dataset)
        if batch_size is not None and batch_sampler is None:
            # auto_collation without custom batch_sampler
            batch_sampler = BatchSampler(sampler, batch_size, drop_last)
        self.batch_size = batch_size
        self.drop_last = drop_last
        self.sampler = sampler
        self.batch_sampler = batch_sampler
        self.generator = generator
        if collate_fn is None:
            if self._auto_collation:
                collate_fn = default_collate
            else:
                collate_fn = default_convert
        self.collate_fn = collate_fn
        self.persistent_workers = persistent_workers

    @property
    def _auto_collation(self):
        return self.batch_sampler is not None

    @property
    def _index_sampler(self):
        if self._auto_collation:
            return self.batch_sampler
        else:
            return self.sampler

    def __iter__(self):
        batches = self._row_batches()
        if batches is not None:
            return batches
        torch._C._loop_not_compiled(
            "it iterates over a DataLoader whose batches are sampled and collated in Python "
            "(only a TensorDataset with the default sampler, batch sampler and collate_fn is replayed)")
        return _SingleProcessDataLoaderIter(self)

    def _row_batches(self):
        # The common case, every batch rows of a TensorDataset's tensors in sequential or shuffled
        # order, is one Swift iterator: the same batches and random draws as _SingleProcessDataLoaderIter,
        # which a compiled epoch loop replays (the shuffled order drawn per epoch).
        sampler = self.sampler
        if (type(self.dataset) is not TensorDataset or self.collate_fn is not default_collate
                or type(self.batch_sampler) is not BatchSampler or self.batch_sampler.sampler is not sampler
                or getattr(sampler, "data_source", None) is not self.dataset):
            return None
        if type(sampler) is SequentialSampler:
            shuffle = False
        elif type(sampler) is RandomSampler and not sampler.replacement and sampler._num_samples is None:
            shuffle = True
        else:
            return None
        tensors = self.dataset.tensors
        if any(t.requires_grad or t.dim() == 0 for t in tensors):
            return None
        return torch._C._row_batches(tuple(tensors), self.batch_sampler.batch_size, self.batch_sampler.drop_last,
                                     shuffle, sampler.generator if shuffle else None, self.generator)

    def __len__(self):
        if self._iterable:
            length = len(self.dataset)
            if self.batch_size is not None:  # IterableDataset doesn't allow custom sampler or batch_sampler
                from math import ceil

                if self.drop_last:
                    length = length // self.batch_size
                else:
                    length = ceil(length / self.batch_size)
            return length
        return len(self._index_sampler)


class _SingleProcessDataLoaderIter:
    """Iterates once over the DataLoader's dataset, as specified by the sampler."""

    def __init__(self, loader):
        self._dataset = loader.dataset
        self._iterable = loader._iterable
        self._auto_collation = loader._auto_collation
        self._drop_last = loader.drop_last
        self._index_sampler = loader._index_sampler
        self._collate_fn = loader.collate_fn
        self._sampler_iter = iter(self._index_sampler)
        if loader.generator is None:
            self._base_seed = torch.empty((), dtype=torch.int64).random_().item()
        else:
            self._base_seed = torch.empty((), dtype=torch.int64).random_(generator=loader.generator).item()
        self._num_yielded = 0
        self._dataset_iter = iter(self._dataset) if self._iterable else None
        self._ended = False

    def __iter__(self):
        return self

    def __len__(self):
        return len(self._index_sampler)

    def _fetch(self, index):
        if self._iterable:
            if self._ended:
                raise StopIteration
            if self._auto_collation:
                data = []
                for _ in index:
                    try:
                        data.append(next(self._dataset_iter))
                    except StopIteration:
                        self._ended = True
                        break
                if len(data) == 0 or (self._drop_last and len(data) < len(index)):
                    raise StopIteration
            else:
                data = next(self._dataset_iter)
            return self._collate_fn(data)
        if self._auto_collation:
            getitems = getattr(self._dataset, "__getitems__", None)
            if getitems:
                data = getitems(index)
            else:
                data = [self._dataset[idx] for idx in index]
        else:
            data = self._dataset[index]
        return self._collate_fn(data)

    def __next__(self):
        index = next(self._sampler_iter)  # may raise StopIteration
        data = self._fetch(index)  # may raise StopIteration
        self._num_yielded += 1
        return data
