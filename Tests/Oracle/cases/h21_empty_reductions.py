import torch

# Reductions over nothing: which error each one raises matters to a learner's try/except.
empty = torch.zeros(0)
for name in ["argmax", "argmin", "max", "min"]:
    try:
        print(getattr(empty, name)())
    except (IndexError, RuntimeError) as e:
        print(name, type(e).__name__, e)
print(torch.zeros(0, 3).argmax(dim=1))
try:
    torch.cat([torch.tensor(3.)])
except RuntimeError as e:
    print(e)
