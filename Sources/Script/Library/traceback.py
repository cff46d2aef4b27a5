"""Python's traceback, as far as gradstep can give it: the exception line of an exception.
Whole formatted tracebacks need the program's source lines, which the interpreter does not keep."""

import sys


def _exception_line(exc):
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ('builtins', '__main__'):
        name = cls.__module__ + '.' + name
    text = str(exc)
    return name + (': ' + text if text else '') + '\n'


def format_exception_only(exc, /, value=None):
    if value is not None or isinstance(exc, type):
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    return [_exception_line(exc)]


def _unsupported(name):
    raise NotImplementedError('traceback.' + name + '() is not supported by gradstep yet '
                              '(formatted tracebacks need the source lines); use traceback.format_exception_only(e)')


def format_exc(limit=None, chain=True):
    _unsupported('format_exc')


def print_exc(limit=None, file=None, chain=True):
    _unsupported('print_exc')


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    _unsupported('format_exception')


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    _unsupported('print_exception')


def format_tb(tb, limit=None):
    _unsupported('format_tb')


def print_stack(f=None, limit=None, file=None):
    _unsupported('print_stack')
