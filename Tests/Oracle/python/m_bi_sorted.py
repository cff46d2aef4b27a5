data = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(data, key=lambda p: (p[1], p[0])))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("Mississippi"), sorted({3: "a", 1: "b"}), sorted([3.5, -1, 2]))
xs = [5, 2, 9]
xs.sort()
print(xs, sorted(xs, reverse=True))
print(sorted(["b", "A", "c"], key=str.lower))
