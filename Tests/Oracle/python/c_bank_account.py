class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def add_interest(self):
        self.balance *= 1 + self.interest
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"
class Savings(Account):
    interest = 0.05
a = Account("ann", 100)
s = Savings("sam", 100)
for acct in (a, s):
    acct.deposit(50)
    acct.add_interest()
    print(acct, acct.history)
try:
    a.deposit(-5)
except ValueError as err:
    print("Error:", err)
