# The layer classes, re-exported as torch.nn.modules.* (torch/nn/modules/__init__.py).

from torch.nn.modules.module import Module
from torch.nn.modules.linear import Identity, Linear, Bilinear
from torch.nn.modules.container import Sequential, ModuleList, ModuleDict
from torch.nn.modules.activation import (
    ReLU, ReLU6, Hardtanh, LeakyReLU, ELU, GELU, SiLU, Tanh, Sigmoid, Softplus, Softmax, LogSoftmax,
    SELU, CELU, Mish, Hardswish, Hardsigmoid, LogSigmoid, Softsign, Tanhshrink, PReLU, Softmin,
)
from torch.nn.modules.dropout import Dropout
from torch.nn.modules.sparse import Embedding
from torch.nn.modules.normalization import LayerNorm
from torch.nn.modules.batchnorm import BatchNorm1d, BatchNorm2d
from torch.nn.modules.flatten import Flatten, Unflatten
from torch.nn.modules.conv import Conv1d, Conv2d, ConvTranspose1d, ConvTranspose2d
from torch.nn.modules.upsampling import Upsample, UpsamplingNearest2d, UpsamplingBilinear2d
from torch.nn.modules.pixelshuffle import PixelShuffle, PixelUnshuffle
from torch.nn.modules.fold import Fold, Unfold
from torch.nn.modules.pooling import MaxPool2d, AvgPool2d, AdaptiveAvgPool2d
from torch.nn.modules.rnn import RNNBase, RNN, LSTM, GRU, RNNCellBase, RNNCell, LSTMCell, GRUCell
from torch.nn.modules.loss import (
    L1Loss, MSELoss, KLDivLoss, NLLLoss, BCELoss, BCEWithLogitsLoss, SmoothL1Loss, HuberLoss, CrossEntropyLoss,
)
