rows = [("loss", 0.123456, 10), ("accuracy", 0.98765, 200), ("lr", 1e-4, 3000)]
print(f"{'name':<10}|{'value':>12}|{'n':^6}|")
print("-" * 31)
for name, val, n in rows:
    print(f"{name:<10}|{val:>12.4g}|{n:^6d}|")
for name, val, n in rows:
    print("%-10s|%12.3e|%6d|" % (name, val, n))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{fill}{align}8}".format("x", fill="*", align="^"))
print("{:+.2f} {: .2f} {:.2f}".format(1, 1, -1), "{:08.3f}".format(-3.5), "{:x} {:X} {:#b}".format(255, 255, 5))
print("{:.3}".format("abcdef"), "{:.0f}".format(0.5), "{:.0f}".format(1.5), "{:.1f}".format(0.25), "{:.1f}".format(0.35))
print("{:,d}".format(-1234567), "{:_b}".format(255), "{:.2%}".format(1 / 3), "{:e}".format(0), "{:g}".format(1e16))
print("{:10}|{:<10}|{:>10}|".format(12, 12, "ab"), "{!r:^10}".format("q"), "{0[0]}-{0[1]}".format(("a", "b")))
print("{p.real}".format(p=3), "{d[k]}".format(d={"k": "v"}), "%s %r %a" % ("é", "é", "é"))
print("%.3s|%5.1f%%|%c%c" % ("abcdef", 99.5, "o", 107), "%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25})
print(format(1234.5, ",.1f"), format(-0.0, "+.1f"), format(1e-10, ".3g"), format(123456789, ".3g"), format(0.0001234, ".2e"))
print(f"{3.0:.0%}", f"{-1.5:=+8.2f}", f"{'x'!s:>3}", f"{10:#o}", f"{2**40:,}", f"{1/7:.15f}", f"{1e300*10:f}")
print("%5s|%-5s|%05.2f|%+d|%x" % ("ab", "ab", 3.14159, 5, 255), "%d%%" % 50, "%s" % (1,), "%s" % [1, 2])
print("a\tb".expandtabs(4), "|" + "x".center(6) + "|", "|" + "xy".center(7, "-") + "|", "3".zfill(3), "-3.5".zfill(6))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
print("{} {}".format(1))
