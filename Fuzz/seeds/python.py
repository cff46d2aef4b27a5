s = "abc" * 3
print(f"{s!r:>10} {3.14159:.2f} {[1,2][-1]}")
d = {"a": 1}
print(d.get("b", 0), [i*i for i in range(5) if i % 2], lambda x: x)
