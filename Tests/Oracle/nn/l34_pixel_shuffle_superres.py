# The super-resolution tutorial's building blocks: sub-pixel convolution with PixelShuffle,
# compared with a bilinear upsample of the same image.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
ps = nn.PixelShuffle(2)
x = torch.arange(16.).view(1, 4, 2, 2)
print(ps, ps(x))
print(nn.PixelUnshuffle(2)(ps(x)).equal(x))
print(F.pixel_shuffle(torch.randn(2, 9, 3, 3), 3).shape)


class SuperResolutionNet(nn.Module):
    def __init__(self, upscale_factor):
        super().__init__()
        self.relu = nn.ReLU()
        self.conv1 = nn.Conv2d(1, 8, (5, 5), (1, 1), (2, 2))
        self.conv2 = nn.Conv2d(8, 8, (3, 3), (1, 1), (1, 1))
        self.conv3 = nn.Conv2d(8, upscale_factor ** 2, (3, 3), (1, 1), (1, 1))
        self.pixel_shuffle = nn.PixelShuffle(upscale_factor)

    def forward(self, x):
        x = self.relu(self.conv1(x))
        x = self.relu(self.conv2(x))
        return self.pixel_shuffle(self.conv3(x))


net = SuperResolutionNet(upscale_factor=3)
print(net)
low = torch.rand(2, 1, 6, 6)
high = F.interpolate(low, scale_factor=3, mode='bilinear', align_corners=False)
out = net(low)
print(out.shape, out.grad_fn.name(), high.shape)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for step in range(4):
    opt.zero_grad()
    loss = F.mse_loss(net(low), high)
    loss.backward()
    opt.step()
    print(f"step {step} loss {loss.item():.5f}")

# PixelUnshuffle undoes it; channels must split into r*r groups.
y = F.pixel_unshuffle(out, 3)
print(y.shape, y.grad_fn.name(), torch.equal(F.pixel_shuffle(y, 3), out))
try:
    F.pixel_shuffle(torch.randn(1, 5, 2, 2), 2)
except RuntimeError as e:
    print("RuntimeError:", e)
