d = {"a": 1}
for k in ([1], {}, {1}):
    for f in (lambda: d[k], lambda: d.get(k), lambda: k in d, lambda: d.pop(k), lambda: {k: 1}, lambda: d.setdefault(k, 0)):
        try:
            print(f())
        except TypeError as e:
            print("TypeError:", e)
        except KeyError as e:
            print("KeyError:", e)
