# warnings.warn as course helpers use it: located at the caller with stacklevel, CPython's default filters
import warnings
import torch
import torch.nn.functional as F

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def check_lr(lr):
    if lr > 1:
        warnings.warn(f"learning rate {lr} looks large")
    return lr

print(old_api(3))
print(check_lr(5))
warnings.warn("from the top", stacklevel=3)
warnings.warn("pending", PendingDeprecationWarning)
x = torch.randn(2, 3)
y = F.softmax(x)
print(y.shape)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    check_lr(10)
    print(len(w), w[0].lineno, w[0].category.__name__, str(w[0].message))
warnings.simplefilter("error", UserWarning)
try:
    check_lr(7)
except UserWarning as e:
    print("raised:", e)
