import operator
from operator import itemgetter, attrgetter
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)))
print(sorted(pairs, key=itemgetter(0)))
print(itemgetter(0, 2)([10, 20, 30]))
print(operator.add(2, 3), operator.mul(4, 5), operator.sub(1, 9), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.eq(1, 1.0), operator.lt(2, 1), operator.pow(2, 8), operator.mod(-7, 3))
print(operator.getitem({"k": "v"}, "k"), operator.contains([1, 2], 2), operator.not_(0))
