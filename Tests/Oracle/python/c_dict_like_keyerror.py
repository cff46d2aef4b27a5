class Registry:
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        try:
            return self._d[k]
        except KeyError:
            raise KeyError(f"{k} is not registered") from None
    def __setitem__(self, k, v):
        self._d[k] = v
r = Registry()
r["relu"] = "ReLU()"
print(r["relu"])
try:
    r["gelu"]
except KeyError as e:
    print("missing:", e)
r["tanh"]
