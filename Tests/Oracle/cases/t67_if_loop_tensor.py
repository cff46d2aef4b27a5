import torch
acc = torch.zeros(2)
for i in range(10):
    acc += torch.tensor([i, -i]) * 0.1
    if i % 3 == 0: print(i, acc)
    elif i == 7:
        print("seven", acc.sum().item())
    if acc[0] > 1: print("big", i)
print(acc)
while acc[0] > 0.5:
    acc -= 1
print(acc)
