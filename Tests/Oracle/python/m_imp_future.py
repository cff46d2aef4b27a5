from __future__ import annotations
from __future__ import division, print_function
def f(x: int) -> list[int]:
    return [x] * 2
print(f(3))
