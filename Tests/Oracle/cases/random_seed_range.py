# manual_seed takes any 64-bit seed; initial_seed() is never negative
import torch
torch.manual_seed(2**64-1)
print(torch.initial_seed(), torch.rand(2))
torch.manual_seed(-1)
print(torch.initial_seed(), torch.rand(2))
g = torch.Generator()
print(g.initial_seed(), torch.manual_seed(5).initial_seed(), torch.initial_seed())
g.manual_seed(2**64 - 1)
print(g.initial_seed())
