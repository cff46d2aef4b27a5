class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
