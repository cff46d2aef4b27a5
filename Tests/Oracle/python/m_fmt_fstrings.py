epoch, loss, acc = 5, 0.034567, 0.9123
print(f"Epoch {epoch:3d} | loss {loss:.4f} | acc {acc:.2%}")
name = "model"
print(f"{name!r} {name:>10} {name.upper()} {len(name)}")
values = [1.5, 2.25]
print(f"{values} {values[0]:.1f} {sum(values):>8.3f}")
width, prec = 12, 3
print(f"|{3.14159:{width}.{prec}f}|")
print(f"{epoch=} {loss=:.2f}")
print(f"{'nested'} {1 + 1} {'yes' if acc > 0.5 else 'no'}")
print(f"{{literal}} {epoch:#x} {255:08b} {1000000:,}")
