def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

@count_calls
def add(a, b):
    return a + b

add(1, 2); add(3, 4); add(5, b=6)
print(add.calls, add.__name__)
