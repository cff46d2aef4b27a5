class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

a = Counter()
b = Counter()
print(a.id, b.id, Counter.instances, a.instances)
a.instances = 99
print(a.instances, b.instances, Counter.instances)
