class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
    @classmethod
    def names(cls):
        return [k for k in cls.__dict__ if not k.startswith("_") and k == k.upper()]
print(Color.RED, Color.names())
print({v: k for k, v in Color.__dict__.items() if not k.startswith("_") and isinstance(v, int)})
