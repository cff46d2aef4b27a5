# The decorator half of torch.no_grad / enable_grad / set_grad_enabled (the context managers
# themselves are Swift's): PyTorch's _DecoratorContextManager.__call__ wraps the function so that
# each call runs inside a fresh context. Being a Python function, the wrapper binds as a method.

import functools


def _decorate(make_context, func):
    @functools.wraps(func)
    def decorate_context(*args, **kwargs):
        with make_context():
            return func(*args, **kwargs)

    return decorate_context
