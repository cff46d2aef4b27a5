from functools import partial, reduce, lru_cache, cache
import operator

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(4), cube(2))
print(square.func is power, square.args, square.keywords)
p2 = partial(power, 2)
print([p2(i) for i in range(6)])
print(reduce(operator.mul, [1, 2, 3, 4, 5]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(fib.cache_info())

@cache
def ways(n):
    if n <= 1:
        return 1
    return ways(n - 1) + ways(n - 2)
print(ways(30))
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
