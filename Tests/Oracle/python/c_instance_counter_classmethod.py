class Tracker:
    _count = 0
    def __init__(self):
        type(self)._count += 1
    @classmethod
    def count(cls):
        return cls._count
class Sub(Tracker):
    _count = 0
Tracker(); Tracker(); Sub()
print(Tracker.count(), Sub.count(), Tracker._count)
