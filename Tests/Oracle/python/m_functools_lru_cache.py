import functools
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib = functools.lru_cache(maxsize=None)(fib)
print(fib(50), fib(90))
print(fib.cache_info().hits > 0)
def sq(x):
    print("computing", x)
    return x * x
sq = functools.lru_cache(sq)
print(sq(4), sq(4), sq(5))
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
count_paths = functools.cache(count_paths)
print(count_paths(10, 10))
