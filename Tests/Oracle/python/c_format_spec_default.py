class C: pass
print(f"{C():>10}")
