"""Python's enum (CPython 3.11's Lib/enum.py, simplified): Enum, IntEnum, StrEnum, ReprEnum, auto,
unique and the functional API. As in CPython, the class-level protocol (iteration, len, lookup by
name and by value, `in`) lives in the metaclass EnumType. Flag and IntFlag exist only to say that
deriving from them is not supported."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')


def _is_descriptor(obj):
    # CPython asks for __get__/__set__/__delete__: functions, properties and the method wrappers.
    if isinstance(obj, (property, staticmethod, classmethod)) or type(obj).__name__ == 'function':
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


class _MembersProxy:
    """What `Color.__members__` returns: a read-only view printed as CPython's mappingproxy."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = []
        body = {}
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                body[key] = value
            else:
                members.append((key, value))
        if first_enum is not None and first_enum._member_names_:
            raise TypeError('<enum %r> cannot extend %r' % (cls, first_enum))
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        custom_new = classdict.get('__new__')
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if member_type is not object:
            # The mixed-in type's repr/str/format come first in the MRO; the enum's own are meant.
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                owner = [c for c in enum_class.__mro__ if name in c.__dict__][0]
                if not isinstance(owner, EnumType):
                    method = [c.__dict__[name] for c in first_enum.__mro__ if isinstance(c, EnumType) and name in c.__dict__][0]
                    setattr(enum_class, name, method)
        if first_enum is not None and ReprEnum is not None and issubclass(enum_class, ReprEnum) and member_type is not object:
            # ReprEnum: str() and format() are the mixed-in type's (IntEnum prints as its number).
            if '__str__' not in classdict:
                enum_class.__str__ = _mixin_str
            if '__format__' not in classdict:
                enum_class.__format__ = _mixin_format
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            args = value if isinstance(value, tuple) else (value,)
            if custom_new is not None:
                member = enum_class.__new__(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value if member_type is object else member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            for canonical in enum_class._member_map_.values():
                if canonical._value_ == value:
                    member = canonical
                    break
            else:
                enum_class._member_names_.append(name)
            setattr(enum_class, name, member)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            last_values.append(value)
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for base in bases:
            for c in base.__mro__:
                if c is object or isinstance(c, EnumType):
                    continue
                member_type = c
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will return True or\n'
                          'False depending on whether the value is a member or the value of a member',
                          DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MembersProxy(cls._member_map_)

    def __repr__(cls):
        return '<enum %r>' % cls.__name__

    def __bool__(cls):
        return True


EnumMeta = EnumType
ReprEnum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = repr(self._value_)
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in self.__class__.__mro__:
            if not isinstance(cls, EnumType):
                continue
            for name in cls.__dict__:
                if name[0] != '_' and name not in self._member_map_:
                    interesting.add(name)
        return sorted(interesting)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _mixin_str(self):
    return str(self._value_) if not isinstance(self._value_, str) else self._value_


def _mixin_format(self, format_spec):
    return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class Flag(Enum):
    """Not supported: bit-flag enumerations (members combined with |) are not built yet."""

    def __init_subclass__(cls, **kwds):
        if cls.__module__ != __name__:
            raise NotImplementedError('enum.%s (bit-flag enumerations) is not supported by gradstep' % _flag_base(cls))


class IntFlag(int, ReprEnum, Flag):
    """Not supported: see Flag."""


def _flag_base(cls):
    return 'IntFlag' if issubclass(cls, IntFlag) else 'Flag'
