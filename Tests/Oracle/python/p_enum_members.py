from enum import Enum, IntEnum, StrEnum, auto, unique


class Split(Enum):
    TRAIN = "train"
    VALID = "valid"
    TEST = "test"
    DEV = "valid"   # an alias of VALID

    @property
    def is_eval(self):
        return self is not Split.TRAIN

    def describe(self):
        return f"{self.name.title()} split ({self.value})"


class Activation(IntEnum):
    RELU = auto()
    TANH = auto()
    GELU = 10
    SILU = auto()


class Optim(StrEnum):
    SGD = auto()
    ADAM = auto()


print(Split.__members__)
print(len(Split), list(Split), Split.DEV is Split.VALID, Split("valid"))
print([s.is_eval for s in Split], Split.TEST.describe())
print(type(Split), repr(Split), Split.TRAIN.__class__, isinstance(Split.TRAIN, Split))
print(Split.TRAIN in Split, Split["TEST"], f"{Split.TRAIN:>14}|")
print(list(Activation), Activation.GELU + 1, Activation(11), str(Activation.TANH), f"{Activation.RELU}")
print(sorted(Activation, reverse=True)[:2], max(Activation), Activation.TANH == 2, int(Activation.SILU))
print(Optim.ADAM, repr(Optim.SGD), Optim.ADAM == "adam", Optim("sgd").upper())
print(list(reversed(Split)), dir(Split.TRAIN))
lookup = {Activation.RELU: "relu", Split.TRAIN: 0}
print(lookup[Activation.RELU], lookup[1], lookup[Split.TRAIN])

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal(3))
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape.SQUARE.value, Shape(3).name)

try:
    Split.TRAIN = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Split):
        EXTRA = 4
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Split["BOGUS"]
except KeyError as e:
    print("KeyError:", e)
try:
    print(3 in Split)
except TypeError as e:
    print("TypeError:", e)
print(Activation(7))
