from dataclasses import dataclass, field
from typing import List, Optional

@dataclass
class TrainConfig:
    lr: float = 0.1
    epochs: int = 10
    batch_size: int = 32
    layers: List[int] = field(default_factory=lambda: [784, 128, 10])
    name: Optional[str] = None

cfg = TrainConfig()
print(cfg)
cfg2 = TrainConfig(lr=0.01, name="small")
print(cfg2)
print(cfg == TrainConfig())
print(cfg == cfg2)
cfg.layers.append(5)
print(TrainConfig().layers)
print(TrainConfig.__annotations__)
print(cfg2.name, cfg2.lr)
try:
    TrainConfig(1, 2, 3, [4], "x", 6)
except TypeError as e:
    print(e)
