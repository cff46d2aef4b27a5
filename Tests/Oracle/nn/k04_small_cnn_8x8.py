# A small CNN on 8x8 single-channel images (fastbook's MNIST chapter, shrunk).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
imgs = torch.randn(16, 1, 8, 8)
labels = torch.randint(0, 3, (16,))

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3, padding=1)
        self.conv2 = nn.Conv2d(4, 8, 3)
        self.fc = nn.Linear(8 * 2 * 2, 3)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.relu(self.conv2(x))
        x = F.avg_pool2d(x, 1)
        return self.fc(torch.flatten(x, 1))

net = Net()
print(net)
out = net(imgs)
print(out.shape, out.grad_fn.name())
c = net.conv1(imgs)
print(c.shape, c.grad_fn.name())
p = F.max_pool2d(c, 2)
print(p.shape, p.grad_fn.name())
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for step in range(6):
    opt.zero_grad()
    loss = F.cross_entropy(net(imgs), labels)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(net.conv1.weight.grad.shape, net.conv1.bias.grad)
seq = nn.Sequential(nn.Conv2d(1, 2, kernel_size=3, stride=2, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
print(seq(imgs[:2]))
print(nn.MaxPool2d(2, stride=2, ceil_mode=True)(torch.arange(25.0).view(1, 1, 5, 5)))
print(nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)(torch.arange(16.0).view(1, 1, 4, 4)))
x1 = torch.randn(2, 3, 10)
conv1d = nn.Conv1d(3, 2, kernel_size=3, padding="same")
print(conv1d(x1).shape)
