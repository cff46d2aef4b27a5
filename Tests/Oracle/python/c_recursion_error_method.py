class R:
    def down(self, n):
        return self.down(n + 1)
R().down(0)
