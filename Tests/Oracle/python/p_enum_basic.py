from enum import Enum, auto, IntEnum

class Phase(Enum):
    TRAIN = "train"
    VALID = "valid"
    TEST = auto() if False else "test"

class Color(Enum):
    RED = auto()
    GREEN = auto()

class Level(IntEnum):
    LOW = 1
    HIGH = 2

print(Phase.TRAIN, repr(Phase.VALID), Phase("test"), Phase.TRAIN.value, Phase.TRAIN.name)
print(list(Phase), len(Phase), Phase["VALID"] is Phase.VALID)
print(Color.RED.value, Color.GREEN.value, Color.RED == Color.RED, Color.RED is not Color.GREEN)
print(Level.LOW < Level.HIGH, Level.HIGH + 1, isinstance(Level.LOW, int))
for p in Phase:
    print(p.name.lower(), end=" ")
print()
d = {Phase.TRAIN: 0.9}
print(d[Phase.TRAIN], Phase.TRAIN in d)
Phase("nope")
