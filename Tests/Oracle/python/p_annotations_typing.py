from typing import List, Dict, Optional, Tuple, Callable, Union, Any, Iterable, Iterator, Sequence, TypeVar, Generic

T = TypeVar("T")

def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]

def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)

def pair(a: int | None = None, b: "str" = "x") -> Tuple[int, str]:
    return (a or 0, b)

print(apply(lambda x: x + 1, [1, 2]), find({"a": 1}, "b"), pair())
print(apply.__annotations__)
print(pair.__annotations__)

class Stack(Generic[T]):
    items: List[T]
    def __init__(self) -> None:
        self.items = []
    def push(self, x: T) -> None:
        self.items.append(x)
s: Stack[int] = Stack()
s.push(1)
print(s.items, Stack.__annotations__)
count: int = 0
name: str
print(__annotations__ if "__annotations__" in dir() else {})
print(int | None, Optional[int], List[int], Union[int, str], Dict[str, float])
x: Union[int, float] = 3
def gen(n: int) -> Iterator[int]:
    yield from range(n)
print(list(gen(3)), isinstance(3, int | str))
