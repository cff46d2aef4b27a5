class Empty:
    pass
Empty(1, 2)
