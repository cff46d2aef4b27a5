print(isinstance(3, 4))
