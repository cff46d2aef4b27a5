import numpy as np
grid = np.zeros((4, 5), dtype=np.int64)
grid[1:3, 1:4] = 7
grid[0] = np.arange(5)
grid[:, -1] += 100
print(grid)
print(grid[grid > 5])
rows = np.array([0, 3])
cols = np.array([1, 4])
print(grid[rows, cols])
grid[rows, cols] = -1
print(grid)
print(grid[..., 0], grid[1][2])
