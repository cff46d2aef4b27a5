class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("start", self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("stop", self.label, exc_type.__name__ if exc_type else None)
        return False
with Timer("a") as t:
    print("inside", t.label)
try:
    with Timer("b"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)
