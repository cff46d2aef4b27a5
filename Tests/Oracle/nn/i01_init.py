import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(3, 5)
print(nn.init.uniform_(w, -1, 1))
print(nn.init.normal_(w, mean=0.0, std=0.5))
print(nn.init.constant_(w, 0.3))
print(nn.init.ones_(w))
print(nn.init.zeros_(w))
print(nn.init.eye_(torch.empty(3, 4)))
print(nn.init.xavier_uniform_(w))
print(nn.init.xavier_normal_(w, gain=nn.init.calculate_gain("tanh")))
print(nn.init.kaiming_uniform_(w, mode="fan_in", nonlinearity="relu"))
print(nn.init.kaiming_normal_(w, mode="fan_out"))
print(nn.init.trunc_normal_(w, std=0.02))
print(nn.init.trunc_normal_(torch.empty(2, 3), mean=0.0, std=1.0, a=-0.5, b=0.5))
print(nn.init.orthogonal_(torch.empty(3, 3)))
print(nn.init.calculate_gain("relu"), nn.init.calculate_gain("leaky_relu", 0.2), nn.init.calculate_gain("sigmoid"))
print(nn.init._calculate_fan_in_and_fan_out(torch.empty(4, 3, 2, 2)))
try:
    nn.init.xavier_uniform_(torch.empty(3))
except ValueError as e:
    print("ValueError:", e)
try:
    nn.init.calculate_gain("swish")
except ValueError as e:
    print("ValueError:", e)
print(torch.rand(1))
