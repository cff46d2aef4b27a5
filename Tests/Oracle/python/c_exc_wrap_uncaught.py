def load(path):
    try:
        raise FileNotFoundError if False else KeyError(path)
    except KeyError as e:
        raise RuntimeError(f"could not load {path}") from e
load("weights.pt")
