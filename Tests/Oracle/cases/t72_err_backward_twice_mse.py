import torch
import torch.nn.functional as F
p = torch.tensor([1., 2.], requires_grad=True)
loss = F.mse_loss(p.exp(), torch.tensor([1., 1.]))
print(loss)
loss.backward()
print(p.grad)
loss.backward()
