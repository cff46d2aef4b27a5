class Naturals:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
for k in Naturals():
    if k > 4:
        break
    print(k)
else:
    print("never")
