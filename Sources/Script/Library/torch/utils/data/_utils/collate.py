# default_collate and default_convert (torch/utils/data/_utils/collate.py): a list of samples
# becomes one batch; tensors are stacked, Python floats become float64 tensors, ints int64
# tensors, tuples become lists of collated fields, dicts dicts of collated values.

import torch

default_collate_err_msg_format = (
    "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {}"
)


def _is_numpy(x):
    return getattr(type(x), "__module__", "") == "numpy"


def default_convert(data):
    if isinstance(data, torch.Tensor):
        return data
    elif _is_numpy(data) and type(data).__name__ not in ("str_", "string_"):
        return torch.as_tensor(data)
    elif isinstance(data, dict):
        return {key: default_convert(data[key]) for key in data}
    elif isinstance(data, tuple) and hasattr(data, "_fields"):  # namedtuple
        return type(data)(*(default_convert(d) for d in data))
    elif isinstance(data, tuple):
        return [default_convert(d) for d in data]
    elif isinstance(data, list):
        return [default_convert(d) for d in data]
    else:
        return data


def collate(batch):
    elem = batch[0]
    elem_type = type(elem)
    if isinstance(elem, torch.Tensor):
        return torch.stack(batch, 0)
    elif _is_numpy(elem):
        if elem_type.__name__ == "ndarray":
            return collate([torch.as_tensor(b) for b in batch])
        return torch.as_tensor(batch)
    elif isinstance(elem, float):
        return torch.tensor(batch, dtype=torch.float64)
    elif isinstance(elem, int):
        return torch.tensor(batch)
    elif isinstance(elem, (str, bytes)):
        return batch
    elif isinstance(elem, dict):
        return {key: collate([d[key] for d in batch]) for key in elem}
    elif isinstance(elem, tuple) and hasattr(elem, "_fields"):  # namedtuple
        return elem_type(*(collate(samples) for samples in zip(*batch)))
    elif isinstance(elem, (tuple, list)):
        # check to make sure that the elements in batch have consistent size
        elem_size = len(elem)
        if not all(len(e) == elem_size for e in batch):
            raise RuntimeError("each element in list of batch should be of equal size")
        transposed = list(zip(*batch))  # It may be accessed twice, so we use a list.
        return [collate(samples) for samples in transposed]
    raise TypeError(default_collate_err_msg_format.format(elem_type))


def default_collate(batch):
    return collate(batch)
