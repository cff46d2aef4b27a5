class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            Registry.classes[name.lower()] = cls
        return cls

    def __len__(cls):
        return len(Registry.classes)

    def __iter__(cls):
        return iter(sorted(Registry.classes))

    def __getitem__(cls, key):
        return Registry.classes[key]

    def __repr__(cls):
        return f"<layer {cls.__name__}>"

    def describe(cls):
        return f"{cls.__name__} with {cls.size} units"


class Layer(metaclass=Registry):
    size = 0

    def __init__(self, scale=1):
        self.scale = scale

    def __repr__(self):
        return f"{type(self).__name__}(scale={self.scale})"


class Dense(Layer):
    size = 64

    def __init__(self, scale=2):
        super().__init__(scale)


class Conv(Layer):
    size = 16


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, lr=0.1):
        self.lr = lr


print(len(Layer), list(Layer), Layer["dense"], Dense.describe())
print(type(Dense), type(Dense).__name__, isinstance(Dense, Registry), isinstance(Dense, type))
print(Dense(), Conv(3), Dense.size, Layer.size)
a = Config(0.5)
b = Config(0.9)
print(a is b, b.lr, type(Config).__name__, Singleton._instances[Config] is a)
Meta = type("Meta", (type,), {"greet": lambda cls: "hi from " + cls.__name__})
Thing = Meta("Thing", (), {"x": 1})
print(Thing.greet(), Thing.x, type(Thing).__name__)
print(Conv.missing)
