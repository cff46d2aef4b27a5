import torch
from torch import nn

# The device line of the PyTorch tutorials, then a checkpoint saved and loaded in the same run.
device = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"
print(f"Using {device} device")
device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
print(device, torch.backends.cudnn.enabled)
torch.backends.cudnn.benchmark = True

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.Tanh()).to(device)
torch.save(model.state_dict(), "model.pth")
with torch.no_grad():
    model[0].weight.fill_(0.5)
print(model[0].weight)
model.load_state_dict(torch.load("model.pth", weights_only=True))
print(model[0].weight)
checkpoint = {"epoch": 3, "loss": 0.25, "model_state_dict": model.state_dict()}
torch.save(checkpoint, "ckpt.tar")
loaded = torch.load("ckpt.tar")
print(loaded["epoch"], loaded["loss"], list(loaded["model_state_dict"].keys()))
loaded["model_state_dict"]["0.bias"].zero_()
print(model[0].bias)
t = torch.tensor([1.0, 2.0], requires_grad=True) * 2
torch.save(t, "t.pt")
print(torch.load("t.pt"))
try:
    torch.load("never_saved.pth")
except FileNotFoundError as e:
    print(e)
