import random
random.seed(7)
words = ["apple", "banana", "cherry", "date", "elder"]
print(random.choice(words), random.choice("xyz"), random.choice(range(100)))
random.shuffle(words)
print(words)
deck = list(range(20))
random.shuffle(deck)
print(deck)
