from dataclasses import dataclass

@dataclass
class Item:
    name: str
    price: float

print(Item("a", 1.5))
try:
    Item("a")
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)
Item("x", 1, 2)
