import numpy as np
import torch
def tr(s):
    try: r = eval(s); print(s, '->', repr(r))
    except Exception as e: print(s, '-> ERR', type(e).__name__, str(e)[:100])
t = torch.tensor([1., 2.])
ti = torch.tensor([1, 2])
w = torch.tensor([1., 2.], requires_grad=True)
for s in ["ti * np.array([1.5, 2.5], dtype=np.float32)", "t - np.array([1, 2])", "t / np.array([2, 4])", "torch.tensor(2.0) * np.array([1., 2.])",
          "t ** np.array([2., 3.])", "t @ np.array([1., 1.])", "t // np.array([2., 2.])", "t % np.array([2., 2.])", "ti & np.array([1, 0])",
          "t + np.array([[1.], [2.]])", "t + np.float32(1)", "t * np.int64(3)", "ti * np.float64(1.5)", "t == np.array([1., 5.])", "t > np.array(1.)"]:
    tr(s)
with torch.no_grad():
    tr("w * np.array([1., 2.])")
tr("w * np.float64(2)")
for s in ["np.array([1., 5.]) == t", "np.array([1., 5.]) != t", "t != np.array([1., 5.])", "np.array([1., 5.]) - t", "np.array([1., 5.]) / t", "np.array([1., 5.]) * t"]:
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '-> ERR', type(e).__name__, str(e)[:100])
try:
    print(w * np.array([1., 2.]))
except RuntimeError as e:
    print("RuntimeError:", e)
