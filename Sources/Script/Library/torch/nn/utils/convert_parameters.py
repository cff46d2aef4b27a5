# parameters_to_vector / vector_to_parameters (torch/nn/utils/convert_parameters.py).

import torch
from torch.nn.modules.module import _typename


def parameters_to_vector(parameters):
    """Flatten an iterable of parameters into one vector."""
    vec = []
    for param in parameters:
        vec.append(param.view(-1))
    return torch.cat(vec)


def vector_to_parameters(vec, parameters):
    """Copy slices of a vector into an iterable of parameters (replacing their .data)."""
    if not isinstance(vec, torch.Tensor):
        raise TypeError(f"expected torch.Tensor, but got: {_typename(vec)}")
    pointer = 0
    for param in parameters:
        num_param = param.numel()
        param.data = vec[pointer:pointer + num_param].view_as(param).data
        pointer += num_param
