xs = [1, 2, 3, 4, 5]
print(sum(x * x for x in xs))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 4 for x in xs), all(x > 0 for x in xs))
print(sorted((x % 3, x) for x in xs))
print(", ".join(str(x) for x in xs if x % 2))
print(tuple(c.upper() for c in "abc"))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(set(x % 2 for x in xs))
