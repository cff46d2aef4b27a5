def make_acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
class Acc:
    def __init__(self):
        self.total = 0
    def __call__(self, x):
        self.total += x
        return self.total
f, g = make_acc(), Acc()
for v in [1, 2, 3]:
    print(f(v), g(v))
