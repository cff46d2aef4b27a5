print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(3.14159, 3), round(1234.5678, -2), round(-0.125, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(7, 0), round(7, 2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
loss = 0.123456789
print(f"loss={round(loss, 4)}")
