a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b, a.union(b), a.intersection(b), a.difference(b))
a.add(10)
a.discard(99)
a.remove(1)
print(a, 2 in a, len(a), a.issubset({2, 3, 10, 11}), {1}.issuperset(set()))
print(sorted({"b", "a", "c"}), set("hello") == set("olleh"), set())
vocab = set()
for w in "a b a c b".split():
    vocab.add(w)
print(sorted(vocab))
