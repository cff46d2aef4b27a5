def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@add_greeting
class Robot:
    pass
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Robot().greet())
a = Config(1)
b = Config(2)
print(a is b, b.v)
