from itertools import count, islice, takewhile
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 50, squares)))
evens = filter(lambda n: n % 2 == 0, count())
print(list(islice(evens, 5)))
print(list(islice(map(str, count(7)), 3)))
