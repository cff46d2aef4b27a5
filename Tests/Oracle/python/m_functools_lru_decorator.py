import functools
@functools.lru_cache(maxsize=None)
def slow_square(x):
    print("computing", x)
    return x * x
print(slow_square(3), slow_square(3), slow_square(4))
print(slow_square.cache_info())
