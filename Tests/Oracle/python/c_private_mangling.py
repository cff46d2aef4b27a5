class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def deposit(self, x):
        self.__balance += x
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account("ann", 10)
print(a.deposit(5), a.reveal(), a.__dict__)
print(a._Account__balance, hasattr(a, "__balance"))
class Savings(Account):
    def peek(self):
        return getattr(self, "_Account__balance")
print(Savings("bo", 3).peek())
print(a.__balance)
