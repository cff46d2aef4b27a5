class Account:
    def __init__(self):
        self._balance = 0
    def _helper(self):
        return "helper"
    def balance(self):
        return self._balance
a = Account()
print(a.balance(), a._helper(), a._balance)
