# Eigenvectors: LAPACK picks their signs, gradstep says it does not reproduce them.
import numpy as np

C = np.array([[2.0, 1.0], [1.0, 3.0]])
print(np.linalg.eigvalsh(C))
vals, vecs = np.linalg.eigh(C)
print(vals)
print(vecs)
