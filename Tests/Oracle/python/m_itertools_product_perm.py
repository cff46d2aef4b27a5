from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "xy")))
print(list(permutations("abc")))
print(list(permutations(range(4), 2))[:5], len(list(permutations(range(5), 3))))
print(list(combinations(range(5), 3)))
print(list(combinations_with_replacement("ab", 2)))
print(list(combinations([1, 2], 3)))
