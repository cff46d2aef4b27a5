import numpy as np
import torch
w = torch.tensor(1.5, requires_grad=True)
v = torch.tensor([1.5, 2.5], requires_grad=True)
for s in ["np.float64(w)", "np.float32(w)", "np.float32(v)", "np.array(w)", "np.array([w, w])", "float(w)", "np.float64(torch.tensor([2.0]))", "np.int64(torch.tensor(3))"]:
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '-> ERR', type(e).__name__, str(e)[:100])
