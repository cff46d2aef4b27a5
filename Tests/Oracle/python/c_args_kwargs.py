def report(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)
report()
report(1, 2, x=3)
nums = [4, 5]
opts = {"sep": "-", "end": "!\n"}
report(*nums, *[6], **opts, extra=True)
print(*nums, **opts)
def combine(a, b, *rest, scale=1, **named):
    return (a + b + sum(rest)) * scale, sorted(named)
print(combine(1, 2, 3, 4, scale=10, z=1, y=2))
