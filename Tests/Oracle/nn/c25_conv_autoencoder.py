# A small convolutional autoencoder (the PyTorch-forum / fastai "deconvolution" example):
# Conv2d layers squeeze a 1x12x12 image, ConvTranspose2d layers grow it back.
import torch
import torch.nn as nn

torch.manual_seed(0)
images = torch.rand(16, 1, 12, 12)


class ConvAutoencoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 4, kernel_size=3, stride=2, padding=1),  # 12 -> 6
            nn.ReLU(),
            nn.Conv2d(4, 8, kernel_size=3, stride=2, padding=1),  # 6 -> 3
            nn.ReLU(),
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(8, 4, kernel_size=3, stride=2, padding=1, output_padding=1),  # 3 -> 6
            nn.ReLU(),
            nn.ConvTranspose2d(4, 1, kernel_size=3, stride=2, padding=1, output_padding=1),  # 6 -> 12
            nn.Sigmoid(),
        )

    def forward(self, x):
        return self.decoder(self.encoder(x))


model = ConvAutoencoder()
print(model)
print("decoder weight shapes:", [tuple(p.shape) for p in model.decoder.parameters()])
code = model.encoder(images)
print("code shape:", code.shape)
recon = model(images)
print("reconstruction shape:", recon.shape, recon.grad_fn.name())

criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)
for epoch in range(1, 9):
    optimizer.zero_grad()
    loss = criterion(model(images), images)
    loss.backward()
    optimizer.step()
    print(f"epoch {epoch} loss {loss.item():.4f}")
print("last decoder grad norm:", round(model.decoder[2].weight.grad.norm().item(), 4))
