import torch
vals = []
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    vals.append(i)
print(vals)
for k, v in enumerate(["a", "b"]):
    print(k, v)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, end="; ")
print()
d = {"lr": 0.1, "steps": 5}
for k, v in d.items():
    print(k, "=", v)
print(d, list(d.keys()), d.get("x", 0))
sq = [x ** 2 for x in range(6) if x % 2]
print(sq, sum(sq), max(sq))
t = (1, "two", 3.0)
print(t, t[1:], len(t))
print("done" if len(vals) == 5 else "oops")
