import numpy as np
import torch
t = torch.tensor([1., 4.])
for s in ["np.std(t)", "np.var(t)", "np.min(t)", "np.prod(t)", "np.any(t)", "np.all(t)", "np.argmin(t)", "np.cumsum(t)", "np.abs(t)", "np.floor(t)", "np.log(t)", "np.reshape(t, (2, 1))", "np.transpose(t)", "np.squeeze(t)", "np.ravel(t)", "np.sign(t)", "np.power(t, 2)", "np.square(t)", "np.tanh(t)", "np.minimum(t, 2)", "np.multiply(t, t)", "np.exp(torch.tensor(1.))", "np.exp(torch.tensor([1.], requires_grad=True))"]:
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '-> ERR', type(e).__name__, str(e))
