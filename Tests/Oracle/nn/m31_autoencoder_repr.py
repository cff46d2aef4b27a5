import torch
import torch.nn as nn

class AutoEncoder(nn.Module):
    def __init__(self, d=8, h=3):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(d, 5), nn.ReLU(), nn.Linear(5, h))
        self.decoder = nn.Sequential(nn.Linear(h, 5), nn.ReLU(), nn.Linear(5, d), nn.Sigmoid())

    def forward(self, x):
        z = self.encoder(x)
        return {"z": z, "recon": self.decoder(z)}

torch.manual_seed(0)
ae = AutoEncoder()
print(ae)
x = torch.rand(4, 8)
out = ae(x)
print(sorted(out.keys()), out["z"].shape)
loss = nn.functional.binary_cross_entropy(out["recon"], x)
loss.backward()
print(loss)
print({k: tuple(v.shape) for k, v in ae.named_parameters()})
print(dict(ae.encoder[0].named_parameters()))
print(sum(p.numel() for p in ae.parameters() if p.requires_grad))
