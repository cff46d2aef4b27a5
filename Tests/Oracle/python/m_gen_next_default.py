it = iter([1, 2])
print(next(it), next(it), next(it, None))
print(next((x for x in range(10) if x > 6), -1))
print(next((x for x in range(10) if x > 60), -1))
