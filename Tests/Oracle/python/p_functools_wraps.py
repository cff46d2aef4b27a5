import functools
import time

def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper

@log_calls
def add(a, b=1):
    """Add two numbers."""
    return a + b

add(2, b=5)
print(add.__name__, add.__doc__)
print(add.__wrapped__(1, 1))

def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def inner(*a):
            return [f(*a) for _ in range(n)]
        return inner
    return deco

@repeat(3)
def hello(who):
    return "hi " + who
print(hello("bob"), hello.__name__, hello.__qualname__)
