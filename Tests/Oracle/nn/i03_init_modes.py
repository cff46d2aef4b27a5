import torch
import torch.nn as nn

torch.manual_seed(0)
conv_w = torch.empty(4, 2, 3, 3)
print(nn.init.kaiming_uniform_(conv_w, a=0.1).std())
print(nn.init.kaiming_normal_(conv_w, mode="fan_out", nonlinearity="relu").mean())
print(nn.init.xavier_uniform_(conv_w, gain=2.0).abs().max())
d = nn.init.dirac_(torch.empty(2, 2, 3))
print(d)
print(nn.init.orthogonal_(torch.empty(2, 4), gain=2.0))
print(nn.init.trunc_normal_(torch.empty(8), mean=5.0, std=1.0, a=-1.0, b=1.0))
try:
    nn.init.kaiming_uniform_(conv_w, mode="fan_avg")
except ValueError as e:
    print("ValueError:", e)
print(nn.init.kaiming_uniform_(torch.empty(0, 3)))
