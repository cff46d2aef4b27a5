CMDS = ["b = b.detach()"]
