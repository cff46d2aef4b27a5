import sys
try:
    sys.exit(0)
except Exception:
    print("Exception does not catch SystemExit")
finally:
    print("finally runs")
