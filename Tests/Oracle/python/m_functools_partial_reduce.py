from functools import partial, reduce
import operator
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2))
add10 = partial(operator.add, 10)
print(list(map(add10, [1, 2, 3])))
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
print(reduce(max, [3, 9, 2]))
