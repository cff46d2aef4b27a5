xs = [1, 2, 3]
next(xs)
