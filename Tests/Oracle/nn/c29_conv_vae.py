# A convolutional VAE (the pytorch/examples VAE with conv layers): encoder to mu and logvar,
# the reparameterization trick, a ConvTranspose2d decoder, BCE + KL loss summed over the batch.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class ConvVAE(nn.Module):
    def __init__(self, latent=2):
        super().__init__()
        self.enc = nn.Sequential(nn.Conv2d(1, 4, 4, 2, 1), nn.ReLU(), nn.Conv2d(4, 8, 4, 2, 1), nn.ReLU(), nn.Flatten())
        self.fc_mu = nn.Linear(8 * 2 * 2, latent)
        self.fc_logvar = nn.Linear(8 * 2 * 2, latent)
        self.fc_dec = nn.Linear(latent, 8 * 2 * 2)
        self.dec = nn.Sequential(
            nn.Unflatten(1, (8, 2, 2)),
            nn.ConvTranspose2d(8, 4, 4, 2, 1), nn.ReLU(),
            nn.ConvTranspose2d(4, 1, 4, 2, 1), nn.Sigmoid(),
        )

    def encode(self, x):
        h = self.enc(x)
        return self.fc_mu(h), self.fc_logvar(h)

    def reparameterize(self, mu, logvar):
        std = torch.exp(0.5 * logvar)
        eps = torch.randn_like(std)
        return mu + eps * std

    def decode(self, z):
        return self.dec(F.relu(self.fc_dec(z)))

    def forward(self, x):
        mu, logvar = self.encode(x)
        z = self.reparameterize(mu, logvar)
        return self.decode(z), mu, logvar


def loss_function(recon_x, x, mu, logvar):
    BCE = F.binary_cross_entropy(recon_x, x, reduction='sum')
    KLD = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return BCE + KLD


model = ConvVAE()
print(model)
data = (torch.rand(10, 1, 8, 8) > 0.6).float()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-3, momentum=0.9)
for epoch in range(1, 7):
    model.train()
    optimizer.zero_grad()
    recon, mu, logvar = model(data)
    loss = loss_function(recon, data, mu, logvar)
    loss.backward()
    optimizer.step()
    print(f"====> Epoch: {epoch} Average loss: {loss.item() / len(data):.4f}")
model.eval()
with torch.no_grad():
    sample = model.decode(torch.randn(3, 2))
print(sample.shape, f"{sample.mean().item():.4f}")
print(mu.shape, logvar.grad_fn.name(), recon.grad_fn.name())
