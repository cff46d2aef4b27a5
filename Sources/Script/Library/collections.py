# collections.OrderedDict and defaultdict for the bundled library (state_dict, optimizer.state),
# as Python classes over a dict: gradstep cannot subclass the built-in dict yet, so
# isinstance(od, dict) is False here (True in CPython).


class OrderedDict:
    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 argument, got {len(args)}")
        self._d = {}
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        if args:
            other = args[0]
            if isinstance(other, (OrderedDict, defaultdict, dict)):
                for k in other.keys():
                    self._d[k] = other[k]
            else:
                for k, v in other:
                    self._d[k] = v
        for k, v in kwargs.items():
            self._d[k] = v

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def clear(self):
        self._d.clear()

    def copy(self):
        return OrderedDict(self)

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = list(self._d.items())
            self._d = {key: value}
            for k, v in rest:
                self._d[k] = v

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._d.items())) + ")"


class defaultdict:
    def __init__(self, default_factory=None, *args):
        self.default_factory = default_factory
        self._d = dict(*args)

    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def update(self, other):
        for k in other.keys():
            self._d[k] = other[k]

    def clear(self):
        self._d.clear()

    def __repr__(self):
        return "defaultdict(" + repr(self.default_factory) + ", " + repr(self._d) + ")"
