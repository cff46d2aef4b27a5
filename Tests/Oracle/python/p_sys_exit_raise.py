import sys
sys.stdout.write("writing\n")
n = sys.stdout.write("abc")
print()
print(n)
try:
    sys.exit("bad thing")
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
print(type(sys.argv), len(sys.argv) >= 1)
raise SystemExit("fatal: config missing")
