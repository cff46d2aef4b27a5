class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(e)
    print(repr(e))
raise ValidationError("name", "empty")
