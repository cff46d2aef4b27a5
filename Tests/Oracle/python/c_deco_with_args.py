def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(x):
    return x * 2

print(roll(4))
