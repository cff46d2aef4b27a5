# Limits of each dtype, as quantisation and mixed-precision notes print them.
import torch
print(torch.uint16, torch.tensor([1, 2], dtype=torch.uint16), torch.tensor([1, 2], dtype=torch.uint32).dtype)
t = torch.zeros(3, dtype=torch.uint8)
print(t.itemsize, t.nbytes, t.element_size(), t.dtype.itemsize, t.dtype.is_signed, torch.int8.is_signed, torch.half.is_floating_point)
print(torch.iinfo(torch.uint8).max, torch.finfo(torch.float16).eps, torch.finfo(torch.half).max)
for d in [torch.float16, torch.float32, torch.float64]:
    f = torch.finfo(d); print(repr(f)); print(f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype)
for d in [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]:
    i = torch.iinfo(d); print(repr(i), i.bits, i.min, i.max, i.dtype)
print(torch.finfo().eps)
try: torch.iinfo(torch.float32)
except Exception as e: print(type(e).__name__, e)
try: torch.finfo(torch.int32)
except Exception as e: print(type(e).__name__, e)
