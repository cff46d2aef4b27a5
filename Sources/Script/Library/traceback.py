"""Python's traceback, the parts course code uses: the formatted text of an exception (its frames
with source lines and 3.11's markers, chained exceptions, the exception line) comes from
`_traceback` in Swift, the same text gradstep prints for an uncaught error."""

import sys
from _traceback import format as _format

__all__ = ['format_exc', 'print_exc', 'format_exception', 'print_exception', 'format_exception_only']

_sentinel = object()


def _exception_line(exc):
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ('builtins', '__main__'):
        name = cls.__module__ + '.' + name
    text = str(exc)
    return name + (': ' + text if text else '') + '\n'


def format_exception_only(exc, /, value=_sentinel):
    if value is not _sentinel or isinstance(exc, type):
        exc = None if value is _sentinel else value
    if exc is None:
        return ['NoneType: None\n']
    return [_exception_line(exc)]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    if value is not _sentinel or isinstance(exc, type):
        exc = None if value is _sentinel else value
    _no_limit(limit)
    return _format(exc, chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def _no_limit(limit):
    if limit is not None:
        raise NotImplementedError('traceback limit= is not supported by gradstep')


def _unsupported(name):
    raise NotImplementedError('traceback.' + name + '() is not supported by gradstep '
                              '(use traceback.format_exc() or traceback.format_exception(e))')


def format_tb(tb, limit=None):
    _unsupported('format_tb')


def print_tb(tb, limit=None, file=None):
    _unsupported('print_tb')


def print_stack(f=None, limit=None, file=None):
    _unsupported('print_stack')


def format_stack(f=None, limit=None):
    _unsupported('format_stack')
