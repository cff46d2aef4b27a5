class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print(n)
print(list(Countdown(4)))
print(sum(Countdown(5)), max(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
a, *rest = Countdown(4)
print(a, rest)
