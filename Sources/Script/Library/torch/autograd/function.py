# torch.autograd.Function (torch/autograd/function.py): the Python half of custom autograd
# functions. As in PyTorch, the graph work is native: `torch._C._FunctionBase` (Swift in gradstep,
# C++ in PyTorch) provides `apply` (runs `forward` under no_grad with a fresh ctx, wraps the outputs
# with a backward node, computes `ctx.needs_input_grad`) and the ctx properties `saved_tensors`
# and `needs_input_grad`; it reads `ctx.to_save`, `ctx.non_differentiable`, `ctx.dirty_tensors`
# and `ctx.materialize_grads` set by the methods below. When backward runs, the node calls
# `BackwardCFunction.apply`, which calls the user's `backward(ctx, *grads)`.
# PyTorch builds `cls._backward_cls` in a metaclass; here __init_subclass__ does the same.
# `_FunctionBase` is C++ in PyTorch; here it is the Python class below over the engine hook
# `torch._C._wrap_function_outputs` (Swift), which makes the backward node.

import warnings

import torch
from torch._C import _wrap_function_outputs


class _FunctionBase:
    """PyTorch's C++ THPFunction: `apply` and the ctx properties. The graph node itself is made by
    the engine hook `torch._C._wrap_function_outputs`."""

    @classmethod
    def apply(cls, *args, **kwargs):
        ctx = cls._backward_cls()
        ctx._forward_cls = cls
        ctx.needs_input_grad = tuple(isinstance(a, torch.Tensor) and a.requires_grad for a in args)
        ctx.to_save = ()
        ctx.non_differentiable = ()
        ctx.dirty_tensors = ()
        ctx.materialize_grads = True
        with torch.no_grad():
            if cls.setup_context is not _SingleLevelFunction.setup_context:
                outputs = cls.forward(*args, **kwargs)
                cls.setup_context(ctx, args, outputs)
            else:
                outputs = cls.forward(ctx, *args, **kwargs)
        # A library Function standing for one of ATen's kernels names its node as ATen does.
        name = cls._node_name if "_node_name" in cls.__dict__ else cls.__name__ + "Backward"
        return _wrap_function_outputs(ctx, name, args, outputs)

    @property
    def saved_tensors(self):
        return tuple(self.to_save)

    @property
    def saved_variables(self):
        return tuple(self.to_save)


class FunctionCtx:
    """The methods a custom Function's forward can call on ctx."""

    def save_for_backward(self, *tensors):
        self.to_save = tensors

    def save_for_forward(self, *tensors):
        for tensor in tensors:
            if not (isinstance(tensor, torch.Tensor) or tensor is None):
                raise AssertionError(
                    "save_for_forward expects all arguments to be tensors; you should "
                    "save non-tensors as attributes on ctx."
                )
        self.saved_for_forward = tensors

    def mark_dirty(self, *args):
        self.dirty_tensors = args

    def mark_non_differentiable(self, *args):
        self.non_differentiable = args

    def set_materialize_grads(self, value):
        self.materialize_grads = value


class BackwardCFunction(_FunctionBase, FunctionCtx):
    """The backward node's Python side: calls the forward class's backward with this ctx."""

    def _get_user_fn(self):
        backward_fn = self._forward_cls.backward
        vjp_fn = self._forward_cls.vjp
        if backward_fn is not Function.backward and vjp_fn is not Function.vjp:
            raise RuntimeError(
                "Implementing both 'backward' and 'vjp' for a custom "
                "Function is not allowed. You should only implement one "
                "of them."
            )
        return vjp_fn if vjp_fn is not Function.vjp else backward_fn

    def apply(self, *args):
        return self._get_user_fn()(self, *args)


_AUTOGRAD_FUNCTION_COUNTER = [0]


class _SingleLevelFunction(_FunctionBase, FunctionCtx):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # PyTorch makes this class with type(name, bases, dict); a class statement does the same.
        class backward_fn(BackwardCFunction):
            _forward_cls = cls

        backward_fn._autograd_function_id = _AUTOGRAD_FUNCTION_COUNTER[0]
        _AUTOGRAD_FUNCTION_COUNTER[0] += 1
        cls._backward_cls = backward_fn

    @staticmethod
    def forward(*args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def setup_context(ctx, inputs, output):
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError(
            "You must implement either the backward or vjp method for "
            "your custom autograd.Function to use it with backward "
            "mode AD."
        )

    vjp = backward

    clear_saved_tensors_on_access = False
    boxed_grads_call = False

    @staticmethod
    def jvp(ctx, *grad_inputs):
        raise NotImplementedError(
            "You must implement the jvp function for custom "
            "autograd.Function to use it with forward mode AD."
        )


class Function(_SingleLevelFunction):
    """Base class of custom autograd functions: subclass with static forward/backward, call .apply."""

    def __init__(self, *args, **kwargs):
        warnings.warn(
            f"{self.__class__} should not be instantiated. Methods on autograd functions "
            "are all static, so you should invoke them on the class itself. "
            "Instantiating an autograd function will raise an "
            "error in a future version of PyTorch.",
            DeprecationWarning,
            stacklevel=2,
        )

    def __call__(self, *args, **kwargs):
        raise RuntimeError(
            "Legacy autograd function with non-static forward method is deprecated. "
            "Please use new-style autograd function with static forward method. "
            "(Example: https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)"
        )

    generate_vmap_rule = False

    @staticmethod
    def vmap(info, in_dims, *args):
        raise NotImplementedError(
            "To use autograd.Function with vmap, you must either override the "
            "vmap staticmethod or set generate_vmap_rule=True."
        )

    # apply is inherited from _FunctionBase (PyTorch re-binds the same C function here).


def once_differentiable(fn):
    """Run backward under no_grad (double backward then raises, in PyTorch; here it is not tracked)."""

    def wrapper(ctx, *args, **kwargs):
        with torch.no_grad():
            outputs = fn(ctx, *args, **kwargs)
        return outputs

    return wrapper
