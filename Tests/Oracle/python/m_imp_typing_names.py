from typing import List, Dict, Tuple, Optional, Union, Callable, Any, Iterable, Iterator
def total(xs: List[float], scale: Optional[float] = None) -> float:
    s = sum(xs)
    return s * scale if scale is not None else s
print(total([1.0, 2.0]), total([1.0, 2.0], 2.0))
Vec = List[float]
print(Vec, Optional[int], Dict[str, int])
