"""Python's dataclasses, written for gradstep's interpreter.

CPython builds each generated method from source text with exec(); here the methods are closures
over the class's fields, with CPython's texts for every error they raise."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) + ',default=' + repr(self.default) +
                ',default_factory=' + repr(self.default_factory) + ',init=' + repr(self.init) + ',repr=' + repr(self.repr) +
                ',hash=' + repr(self.hash) + ',compare=' + repr(self.compare) + ',metadata=' + repr(self.metadata) +
                ',kw_only=' + repr(self.kw_only) + ',_field_type=_FIELD)')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith('typing.ClassVar') or text.startswith('ClassVar')


def _join_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, flds, frozen, has_post_init):
    qualname = cls.__qualname__ + '.__init__'
    init_fields = [f for f in flds if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            required = [f for f in positional if f.default is MISSING and f.default_factory is MISSING]
            takes = str(len(positional) + 1)
            if len(required) < len(positional):
                takes = 'from ' + str(len(required) + 1) + ' to ' + takes
            raise TypeError(qualname + '() takes ' + takes + ' positional argument' + ('' if takes == '1' else 's') +
                            ' but ' + str(len(args) + 1) + (' was' if len(args) == 0 else ' were') + ' given')
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if not any(f.name == k for f in init_fields):
                raise TypeError(qualname + "() got an unexpected keyword argument '" + k + "'")
            if k in values:
                raise TypeError(qualname + "() got multiple values for argument '" + k + "'")
            values[k] = v
        missing = [f.name for f in positional if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(qualname + '() missing ' + str(len(missing)) + ' required positional argument' +
                            ('s' if len(missing) > 1 else '') + ': ' + _join_names(missing))
        missing = [f.name for f in keyword_only if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(qualname + '() missing ' + str(len(missing)) + ' required keyword-only argument' +
                            ('s' if len(missing) > 1 else '') + ': ' + _join_names(missing))
        for f in flds:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__()

    __init__.__qualname__ = qualname
    return __init__


def _make_repr(cls, flds):
    shown = [f.name for f in flds if f.repr]

    def __repr__(self):
        return type(self).__qualname__ + '(' + ', '.join(n + '=' + repr(getattr(self, n)) for n in shown) + ')'

    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


def _compare_tuple(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds if f.compare)


def _make_compare(cls, flds, name, op):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_compare_tuple(self, flds), _compare_tuple(other, flds))
        return NotImplemented

    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + '.' + name
    return method


def _make_hash(cls, flds):
    hashed = [f for f in flds if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hashed))

    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _make_frozen(cls, flds):
    names = [f.name for f in flds]

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field '" + name + "'")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field '" + name + "'")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    own = cls.__dict__
    flds = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                flds[f.name] = f
    annotations = own.get('__annotations__', {})
    kw_only_now = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation.endswith('KW_ONLY')):
            kw_only_now = True
            continue
        if _is_classvar(annotation):
            continue
        default = own.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError('mutable default ' + str(type(f.default)) + ' for field ' + name +
                             ' is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in own:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        flds[name] = f
    all_fields = list(flds.values())
    if init:
        seen_default = None
        for f in all_fields:
            if f.init and not f.kw_only:
                if f.default is MISSING and f.default_factory is MISSING:
                    if seen_default is not None:
                        raise TypeError("non-default argument '" + f.name + "' follows default argument")
                else:
                    seen_default = f
    cls.__dataclass_fields__ = flds
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    if init:
        cls.__init__ = _make_init(cls, all_fields, frozen, hasattr(cls, '__post_init__'))
    if repr and '__repr__' not in own:
        cls.__repr__ = _make_repr(cls, all_fields)
    if eq and '__eq__' not in own:
        cls.__eq__ = _make_compare(cls, all_fields, '__eq__', lambda a, b: a == b)
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in own:
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__ +
                                '. Consider using functools.total_ordering')
            setattr(cls, name, _make_compare(cls, all_fields, name, op))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if name in own:
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__)
        cls.__setattr__, cls.__delattr__ = _make_frozen(cls, all_fields)
    has_own_hash = '__hash__' in own and own['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_own_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)
        if not has_own_hash:
            cls.__hash__ = _make_hash(cls, all_fields)
    elif eq and not has_own_hash:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(flds.values())


def _asdict_inner(obj, dict_factory):
    if hasattr(type(obj), '__dataclass_fields__'):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def _astuple_inner(obj, tuple_factory):
    if hasattr(type(obj), '__dataclass_fields__'):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    return dataclass(type(cls_name, bases, ns), **kwargs)
