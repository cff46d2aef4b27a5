class Query:
    def __init__(self):
        self.parts = []
    def where(self, cond):
        self.parts.append(f"WHERE {cond}")
        return self
    def order(self, key):
        self.parts.append(f"ORDER BY {key}")
        return self
    def __str__(self):
        return "SELECT * " + " ".join(self.parts)
print(Query().where("a > 1").order("b"))
