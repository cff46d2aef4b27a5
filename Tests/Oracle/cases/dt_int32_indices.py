# int32 index tensors select and write as int64 ones do.
import torch
x = torch.arange(6, dtype=torch.float64).reshape(2, 3)
i = torch.tensor([1, 0], dtype=torch.int32)
print(x[i], x[i, i], x[:, i])
print(x[torch.tensor(1, dtype=torch.int32)])
x[i] = 0.5
print(x)
