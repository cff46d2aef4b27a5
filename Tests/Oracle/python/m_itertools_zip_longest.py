from itertools import zip_longest
print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
