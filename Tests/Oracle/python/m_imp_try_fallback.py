try:
    import google.colab
    IN_COLAB = True
except ImportError:
    IN_COLAB = False
print("colab:", IN_COLAB)
try:
    import tqdm_not_here
except ModuleNotFoundError as e:
    print("missing:", e)
