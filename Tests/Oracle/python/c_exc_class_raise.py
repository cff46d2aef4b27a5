class Stop(Exception):
    pass
try:
    raise Stop
except Stop as e:
    print("caught", repr(e), e.args)
