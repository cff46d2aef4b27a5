class C:
    n = 0
    def inc(self):
        self.n += 1
a = C()
a.inc(); a.inc()
print(a.n, C.n)
