print("before")
import nonexistent_module_xyz
print("after")
