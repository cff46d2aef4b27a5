# frozenset as course code uses it: fixed vocabularies, hashable keys for caches and graphs.
SPECIAL = frozenset(["<pad>", "<unk>"])
vocab = frozenset([3, 1, 2])
print(vocab, frozenset(), type(vocab).__name__, len(vocab), 2 in vocab, sorted(SPECIAL))
print(vocab | {4}, {4} | vocab, vocab & {1, 5}, vocab - {1}, vocab ^ {2, 9})
print(vocab == {1, 2, 3}, vocab <= {1, 2, 3, 4}, vocab.issubset(range(5)), vocab.isdisjoint([7]))
edges = {frozenset([1, 2]): 0.5, frozenset([2, 3]): 0.25}
print(edges[frozenset([2, 1])], frozenset([3, 2]) in edges, len({frozenset("ab"), frozenset("ba")}))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(isinstance(vocab, frozenset), isinstance(vocab, set), vocab.copy() is vocab, set(vocab), frozenset({1: 2}))
print(vocab.union([9]), repr(frozenset(range(3))), frozenset([frozenset([1])]))
import copy
print(copy.deepcopy(vocab) == vocab, copy.copy(vocab) is vocab)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
vocab.add(4)
