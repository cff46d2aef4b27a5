class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)
class Dog:
    sound = "woof"
    def speak(self):
        return self.sound
p = Proxy(Dog())
print(p.speak(), p.sound, p._target.sound)
print(hasattr(p, "missing"))
