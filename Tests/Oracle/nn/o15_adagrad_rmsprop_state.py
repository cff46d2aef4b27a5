import torch
import torch.nn as nn

torch.manual_seed(0)
w = nn.Parameter(torch.tensor([1.0, -2.0]))
ada = torch.optim.Adagrad([w], lr=0.5, initial_accumulator_value=0.1)
print(ada.state[w])
for _ in range(3):
    ada.zero_grad()
    (w ** 2).sum().backward()
    ada.step()
    print(w.data, ada.state[w]["sum"], ada.state[w]["step"])
v = nn.Parameter(torch.tensor([1.0, -2.0]))
rms = torch.optim.RMSprop([v], lr=0.1, momentum=0.5, centered=True)
for _ in range(3):
    rms.zero_grad()
    (v ** 2).sum().backward()
    rms.step()
    print(v.data, rms.state[v]["grad_avg"], rms.state[v]["momentum_buffer"])
print(rms.state_dict())
