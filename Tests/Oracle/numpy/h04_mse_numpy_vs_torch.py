import numpy as np
import torch
preds = np.array([2.5, 0.0, 2.1, 7.8])
targets = np.array([3.0, -0.5, 2.0, 7.5])
mse = ((preds - targets) ** 2).mean()
print(mse)
t = torch.nn.functional.mse_loss(torch.tensor(preds), torch.tensor(targets))
print(t)
print(np.abs(preds - targets).mean())
