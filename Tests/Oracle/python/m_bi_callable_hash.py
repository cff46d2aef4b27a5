print(callable(print), callable(lambda: 1), callable(5), callable("s"))
print(hash(42), hash(True), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)))
