import torch
t = torch.arange(10)
f'{3:{"9"*30}}'
