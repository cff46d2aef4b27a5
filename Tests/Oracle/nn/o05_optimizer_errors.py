import torch
import torch.nn as nn

w = nn.Parameter(torch.ones(2))
for make in [lambda: torch.optim.SGD([w], lr=-1), lambda: torch.optim.SGD([w], lr=0.1, momentum=-0.5),
             lambda: torch.optim.SGD([w], lr=0.1, nesterov=True), lambda: torch.optim.Adam([w], betas=(1.0, 0.9)),
             lambda: torch.optim.Adam([w], eps=-1.0), lambda: torch.optim.SGD([], lr=0.1),
             lambda: torch.optim.SGD(w, lr=0.1), lambda: torch.optim.Adam([w * 2]),
             lambda: torch.optim.RMSprop([w], alpha=-1), lambda: torch.optim.Adagrad([w], lr_decay=-1),
             lambda: torch.optim.SGD([1.0], lr=0.1)]:
    try:
        make()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
