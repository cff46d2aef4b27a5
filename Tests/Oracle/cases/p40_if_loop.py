import torch
x = torch.tensor(0.)
for i in range(10):
    if i % 2 == 0:
        x += i
    elif i % 3 == 0:
        x -= 1
    else:
        continue
    if i > 7:
        break
    print(i, x)
print(x)
n = 0
while n < 3:
    n += 1
print(n)
