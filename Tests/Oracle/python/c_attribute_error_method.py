class A:
    def run(self):
        return self.helper()
A().run()
