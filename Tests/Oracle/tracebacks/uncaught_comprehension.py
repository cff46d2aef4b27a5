def safe_div(a, b):
    return a / b

values = [4, 2, 0]
ratios = [safe_div(10, v) for v in values]
