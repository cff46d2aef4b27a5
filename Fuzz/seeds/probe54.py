t = torch.arange(10)
1 << -1
