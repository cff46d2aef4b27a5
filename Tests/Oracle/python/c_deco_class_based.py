class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *args, **kwargs):
        self.n += 1
        return self.fn(*args, **kwargs)
@CountCalls
def hello(who="world"):
    return "hello " + who
print(hello(), hello("you"), hello.n)
