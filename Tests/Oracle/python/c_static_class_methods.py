class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(x) for x in s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(type(MyDate.from_string("2000-1-1")).__name__)
print(Date.is_leap(2000), Date(1, 1, 1).is_leap(1900))
