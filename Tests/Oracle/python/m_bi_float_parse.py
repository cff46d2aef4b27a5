print(float("3.5"), float("-1e-3"), float("inf"), float("  7 "), float(2))
float("abc")
