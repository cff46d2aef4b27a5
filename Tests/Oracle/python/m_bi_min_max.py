print(min(4, 2, 9), max([3, 8, 1]), min("banana"), max("apple", "pear", key=len))
words = ["kiwi", "fig", "banana", "apple"]
print(min(words, key=len), max(words, key=lambda w: w[-1]), max(words))
print(max([], default=None), min((), default=-1))
scores = {"a": 3, "b": 7, "c": 5}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
