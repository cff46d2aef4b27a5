def risky(xs):
    for x in xs:
        if x == 0:
            raise ValueError("zero found")
        yield 10 / x
out = []
try:
    for v in risky([1, 2, 0, 4]):
        out.append(v)
except ValueError as e:
    print("error:", e)
print(out)
