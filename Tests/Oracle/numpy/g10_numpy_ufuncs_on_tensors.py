import numpy as np
import torch
t = torch.tensor([1., 4.])
for s in ["np.exp(t)", "np.sqrt(t)", "np.maximum(t, 2)", "np.mean(t)", "np.sum(t)", "np.array(t)", "np.asarray(t)", "np.max(t)", "np.round(t, 1)", "np.clip(t, 0, 2)", "np.where(t > 2, t, 0)", "np.zeros_like(t)", "np.concatenate([t, t])", "np.dot(t, t)", "np.std(t)", "np.argmax(t)", "np.add(t, 1)"]:
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '-> ERR', type(e).__name__, str(e)[:120])
