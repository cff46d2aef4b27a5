class Tensorish: pass
def check(x):
    assert isinstance(x, Tensorish), f"expected Tensorish, got {type(x).__name__}"
    return "ok"
print(check(Tensorish()))
check([1, 2])
