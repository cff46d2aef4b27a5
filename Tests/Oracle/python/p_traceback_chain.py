def load(path):
    try:
        return {"a": 1}[path]
    except KeyError as e:
        raise FileNotFoundError(f"no such dataset: {path}") from e

def main():
    load("b")

main()
