class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError) as s:
    print("s is", s)
    [][0]
print("suppressed")
with Suppress(KeyError):
    raise ValueError("not suppressed")
