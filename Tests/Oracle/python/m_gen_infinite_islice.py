from itertools import islice
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 5)))
print(list(islice(naturals(), 2, 10, 3)))
