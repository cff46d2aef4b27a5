# torch.nn (torch/nn/__init__.py). Parameter and Buffer come from torch.nn.parameter, which
# gradstep keeps in Swift (a Parameter is a tensor with a flag, as PyTorch's is a C-made subclass).

from torch.nn.parameter import Parameter, Buffer
from torch.nn.modules import (
    Module, Identity, Linear, Bilinear, Sequential, ModuleList, ModuleDict,
    ReLU, ReLU6, Hardtanh, LeakyReLU, ELU, GELU, SiLU, Tanh, Sigmoid, Softplus, Softmax, LogSoftmax,
    SELU, CELU, Mish, Hardswish, Hardsigmoid, LogSigmoid, Softsign, Tanhshrink, PReLU, Softmin,
    Dropout, Embedding, LayerNorm, BatchNorm1d, BatchNorm2d, Flatten, Unflatten, Conv1d, Conv2d,
    ConvTranspose1d, ConvTranspose2d, Upsample, UpsamplingNearest2d, UpsamplingBilinear2d, PixelShuffle, PixelUnshuffle,
    Fold, Unfold,
    MaxPool2d, AvgPool2d, AdaptiveAvgPool2d,
    RNNBase, RNN, LSTM, GRU, RNNCellBase, RNNCell, LSTMCell, GRUCell,
    L1Loss, MSELoss, KLDivLoss, NLLLoss, BCELoss, BCEWithLogitsLoss, SmoothL1Loss, HuberLoss, CrossEntropyLoss,
)
from torch.nn import functional
from torch.nn import init
from torch.nn import utils
