class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
def attempt(n):
    for i in range(n):
        try:
            if i < n:
                raise ConnectionError if False else TimeoutError("t") if False else RuntimeError(f"try {i}")
        except RuntimeError as e:
            print("failed:", e)
    raise Retry(n)
try:
    attempt(3)
except Retry as r:
    print(r, r.attempts)
