xs = [1, 2, 3]
print(list(reversed(xs)))
print(list(reversed(range(5))))
print("".join(reversed("abc")))
r = reversed(xs)
print(next(r))
