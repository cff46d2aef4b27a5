# np.linalg's LinAlgError messages for the matrices learners pass by mistake.
import numpy as np

samples = [
    np.array([1.0, 2.0, 3.0]),
    np.ones((2, 3)),
    np.array([[1.0, 2.0], [2.0, 4.0]]),
    np.array([[2.0, 1.0], [1.0, 3.0]]),
]
for m in samples:
    try:
        print(np.linalg.inv(m))
    except np.linalg.LinAlgError as e:
        print("inv:", e)
    try:
        print(np.linalg.solve(m, np.ones(m.shape[0])))
    except np.linalg.LinAlgError as e:
        print("solve:", e)
try:
    np.dot(np.ones(3), np.ones(4))
except ValueError as e:
    print(e)
try:
    np.ones((2, 3)).dot(np.ones((2, 3)))
except ValueError as e:
    print(e)
print(np.linalg.det(np.ones((3, 2))))
