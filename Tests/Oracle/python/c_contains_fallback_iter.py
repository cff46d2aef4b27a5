class Evens:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))
class Indexed:
    def __getitem__(self, i):
        if i > 5: raise IndexError(i)
        return i * 10
print(4 in Evens(10), 5 in Evens(10), 30 in Indexed(), 70 in Indexed(), list(Indexed()))
