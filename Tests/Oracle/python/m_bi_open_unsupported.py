try:
    import numpy_not_installed_here
except ImportError as e:
    print("no:", e)
print("done")
