# A tiny U-Net for binary segmentation: downsample with max-pooling, upsample with
# nn.Upsample (bilinear) or ConvTranspose2d, and concatenate the skip connection.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def double_conv(cin, cout):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(inplace=True),
        nn.Conv2d(cout, cout, 3, padding=1), nn.ReLU(inplace=True),
    )


class TinyUNet(nn.Module):
    def __init__(self, bilinear=True):
        super().__init__()
        self.down1 = double_conv(1, 4)
        self.down2 = double_conv(4, 8)
        if bilinear:
            self.up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)
        else:
            self.up = nn.ConvTranspose2d(8, 8, kernel_size=2, stride=2)
        self.conv_up = double_conv(8 + 4, 4)
        self.out = nn.Conv2d(4, 1, 1)

    def forward(self, x):
        x1 = self.down1(x)
        x2 = self.down2(F.max_pool2d(x1, 2))
        x = self.up(x2)
        x = torch.cat([x, x1], dim=1)
        return self.out(self.conv_up(x))


images = torch.rand(6, 1, 8, 8)
masks = (images > 0.5).float()
for bilinear in (True, False):
    torch.manual_seed(1)
    net = TinyUNet(bilinear)
    print(net.up)
    print("parameters:", sum(p.numel() for p in net.parameters()))
    opt = torch.optim.SGD(net.parameters(), lr=0.5)
    loss_fn = nn.BCEWithLogitsLoss()
    for step in range(5):
        opt.zero_grad()
        logits = net(images)
        loss = loss_fn(logits, masks)
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")
    with torch.no_grad():
        pred = (torch.sigmoid(net(images)) > 0.5).float()
    print("pixel accuracy:", round((pred == masks).float().mean().item(), 4), logits.shape)
