t = torch.arange(10)
max([])
