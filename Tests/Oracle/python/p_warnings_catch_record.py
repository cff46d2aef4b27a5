import warnings

class DataWarning(UserWarning):
    pass

def load(n):
    if n > 2:
        warnings.warn(f"only {n} samples", DataWarning)
    return n

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    load(5)
    load(7)
    warnings.warn("plain")
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(issubclass(caught[0].category, UserWarning), type(caught[0].message).__name__)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    load(9)
print("ignored")
warnings.filterwarnings("error", message="only", category=DataWarning)
try:
    load(11)
except DataWarning as e:
    print("raised:", e, type(e).__name__)
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for _ in range(3):
        load(4)
print(len(log), warnings.catch_warnings(record=True))
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)
warnings.filterwarnings("error")
warnings.warn("now fatal", RuntimeWarning)
