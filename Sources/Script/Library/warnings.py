"""Python's warnings (CPython's Lib/warnings.py, the parts course code uses): the filter check, the
output and the recording hook are `_warnings`' in Swift, as CPython's come from its C module."""

from _warnings import warn, filters, _filters_mutated, _set_record

__all__ = ['warn', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings', 'filters']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def formatwarning(message, category, filename, lineno, line=None):
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line:
        s += '  %s\n' % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    import sys
    (sys.stderr if file is None else file).write(formatwarning(message, category, filename, lineno, line))


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class catch_warnings(object):
    """A context manager that copies and, upon exit, restores the warnings filter; with
    record=True it returns the list the warnings are collected in instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._saved_filters = filters[:]
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._saved_record = _set_record(log)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._saved_filters
        _filters_mutated()
        if self._record:
            _set_record(self._saved_record)
