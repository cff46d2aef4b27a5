# RNN, LSTM, GRU and their cells (torch/nn/modules/rnn.py). PyTorch's modules call _VF.rnn_tanh,
# _VF.lstm, ...: on the CPU those are ATen composites (aten/src/ATen/native/RNN.cpp) written over
# ordinary ops, and so are the functions below: the input projection of a whole layer computed at
# once (linear_ih over every step), then per step `linear_hh(h) + x_w` and the cell's gates, the
# steps stacked, the layers' final states stacked. PyTorch runs float32 LSTM layers through oneDNN
# instead (its grad_fn is MkldnnRnnLayerBackward0); here they run the composite, which gives the same
# values up to rounding. Where ATen's use_mkldnn takes oneDNN (a float32, non-empty, unpacked LSTM
# without projections, torch.backends.mkldnn.enabled), each layer and direction is one node named as
# oneDNN's, MkldnnRnnLayerBackward0, whose backward differentiates the composite layer it ran. A
# PackedSequence runs RNN.cpp's PackedLayer / ReversedPackedLayer: each step
# takes the first batch_sizes[t] rows, the finished sequences' states set aside as the batch shrinks.

import math

import warnings

import torch
from torch.nn.parameter import Parameter
from torch.nn import functional as F
from torch.nn import init
from torch.nn.modules.module import Module
from torch.nn.utils.rnn import PackedSequence
from torch.autograd.function import Function


def _cell(mode, x_w, hidden, w_hh, b_hh, w_hr):
    # One step of RNN.cpp's cells, given the step's input projection x_w = linear_ih(x).
    if mode == "LSTM":
        hx, cx = hidden
        gates = F.linear(hx, w_hh, b_hh) + x_w
        i, f, g, o = gates.chunk(4, 1)
        ingate = torch.sigmoid(i)
        forgetgate = torch.sigmoid(f)
        cellgate = torch.tanh(g)
        outgate = torch.sigmoid(o)
        cy = forgetgate * cx + ingate * cellgate
        hy = outgate * torch.tanh(cy)
        if w_hr is not None:
            hy = hy.matmul(w_hr.t())
        return (hy, cy)
    if mode == "GRU":
        ir, iz, inew = x_w.chunk(3, 1)
        hr, hz, hnew = F.linear(hidden, w_hh, b_hh).chunk(3, 1)
        reset_gate = torch.sigmoid(hr + ir)
        input_gate = torch.sigmoid(hz + iz)
        new_gate = torch.tanh(inew + hnew * reset_gate)
        return (hidden - new_gate) * input_gate + new_gate
    pre = F.linear(hidden, w_hh, b_hh) + x_w
    return torch.tanh(pre) if mode == "RNN_TANH" else torch.relu(pre)


def _layer(mode, inputs, hidden, params, reverse=False):
    # FullLayer: every step's input projection at once, then the cell over the steps.
    w_ih, w_hh, b_ih, b_hh, w_hr = params
    steps = list(F.linear(inputs, w_ih, b_ih).unbind(0))
    if len(steps) == 0:
        raise RuntimeError("Expected sequence length to be larger than 0 in RNN")
    if reverse:
        steps.reverse()
    outputs = []
    for x_w in steps:
        hidden = _cell(mode, x_w, hidden, w_hh, b_hh, w_hr)
        outputs.append(hidden[0] if mode == "LSTM" else hidden)
    if reverse:
        outputs.reverse()
    return torch.stack(outputs, 0), hidden


def _hidden_slice(mode, hidden, start, end):
    if mode == "LSTM":
        return (hidden[0].narrow(0, start, end - start), hidden[1].narrow(0, start, end - start))
    return hidden.narrow(0, start, end - start)


def _hidden_concat(mode, hiddens):
    if mode == "LSTM":
        return (torch.cat([h for h, _ in hiddens], 0), torch.cat([c for _, c in hiddens], 0))
    return torch.cat(hiddens, 0)


def _packed_layer(mode, data, batch_sizes, hidden, params):
    # PackedLayer: at each step the first batch_sizes[t] rows; when the batch shrinks, the states of
    # the sequences that ended are set aside, and come back (longest first) as the final state.
    w_ih, w_hh, b_ih, b_hh, w_hr = params
    input_w = F.linear(data, w_ih, b_ih)
    step_outputs = []
    hiddens = []
    offset = 0
    last_batch_size = batch_sizes[0]
    for batch_size in batch_sizes:
        step_input = input_w.narrow(0, offset, batch_size)
        offset += batch_size
        dec = last_batch_size - batch_size
        if dec > 0:
            hiddens.append(_hidden_slice(mode, hidden, last_batch_size - dec, last_batch_size))
            hidden = _hidden_slice(mode, hidden, 0, last_batch_size - dec)
        last_batch_size = batch_size
        hidden = _cell(mode, step_input, hidden, w_hh, b_hh, w_hr)
        step_outputs.append(hidden[0] if mode == "LSTM" else hidden)
    hiddens.append(hidden)
    hiddens.reverse()
    return torch.cat(step_outputs, 0), _hidden_concat(mode, hiddens)


def _reversed_packed_layer(mode, data, batch_sizes, input_hidden, params):
    # ReversedPackedLayer: from the last step back, the batch growing as longer sequences join.
    w_ih, w_hh, b_ih, b_hh, w_hr = params
    input_w = F.linear(data, w_ih, b_ih)
    step_outputs = []
    offset = data.size(0)
    num_steps = len(batch_sizes)
    last_batch_size = batch_sizes[num_steps - 1]
    hidden = _hidden_slice(mode, input_hidden, 0, batch_sizes[num_steps - 1])
    for i in range(num_steps - 1, -1, -1):
        batch_size = batch_sizes[i]
        if batch_size > last_batch_size:
            hidden = _hidden_concat(mode, [hidden, _hidden_slice(mode, input_hidden, last_batch_size, batch_size)])
        step_input = input_w.narrow(0, offset - batch_size, batch_size)
        offset -= batch_size
        last_batch_size = batch_size
        hidden = _cell(mode, step_input, hidden, w_hh, b_hh, w_hr)
        step_outputs.append(hidden[0] if mode == "LSTM" else hidden)
    step_outputs.reverse()
    return torch.cat(step_outputs, 0), hidden


class _MkldnnRnnLayer(Function):
    """ATen's mkldnn_rnn_layer for one LSTM layer and direction: the composite layer run on detached
    copies of its inputs, kept for the backward, which differentiates it."""

    _node_name = "MkldnnRnnLayerBackward0"

    @staticmethod
    def forward(ctx, input, w_ih, w_hh, b_ih, b_hh, hx, cx, reverse):
        with torch.enable_grad():
            leaves = [t.detach().requires_grad_(t.requires_grad) for t in (input, w_ih, w_hh, b_ih, b_hh, hx, cx)]
            output, (hy, cy) = _layer("LSTM", leaves[0], (leaves[5], leaves[6]),
                                      (leaves[1], leaves[2], leaves[3], leaves[4], None), reverse)
        ctx.save_for_backward(input, w_ih, w_hh, b_ih, b_hh, hx, cx)
        ctx.inner = (leaves, (output, hy, cy))
        return output.detach(), hy.detach(), cy.detach()

    @staticmethod
    def backward(ctx, grad_output, grad_hy, grad_cy):
        ctx.saved_tensors  # fails as PyTorch's node does once a backward without retain_graph freed it
        leaves, outputs = ctx.inner
        wanted = [t for t in leaves if t.requires_grad]
        grads = iter(torch.autograd.grad(outputs, wanted, (grad_output, grad_hy, grad_cy), retain_graph=True,
                                         create_graph=torch.is_grad_enabled(), allow_unused=True))
        return tuple(next(grads) if t.requires_grad else None for t in leaves) + (None,)


def _use_mkldnn(input, has_proj):
    # ATen's use_mkldnn for LSTM (RNN.cpp): CPU float32 input with elements, and no projections.
    return (input.dtype == torch.float32 and input.numel() != 0 and not has_proj
            and torch.backends.mkldnn.enabled and torch.is_grad_enabled())


def _lstm_mkldnn(input, hx, params, num_layers, dropout, train, bidirectional):
    # lstm_mkldnn (aten/src/ATen/native/mkldnn/RNN.cpp): one node per layer and direction, the
    # states of each picked by index, the final states stacked.
    directions = 2 if bidirectional else 1
    layer_input = input
    layer_hy, layer_cy = [], []
    for layer in range(num_layers):
        layer_output = []
        for direction in range(directions):
            index = layer * directions + direction
            w_ih, w_hh, b_ih, b_hh, _ = params[index]
            if b_ih is None:
                b_ih = torch.zeros(w_ih.size(0), dtype=input.dtype)
                b_hh = torch.zeros(w_hh.size(0), dtype=input.dtype)
            output, hy, cy = _MkldnnRnnLayer.apply(layer_input, w_ih, w_hh, b_ih, b_hh, hx[0][index], hx[1][index],
                                                   direction > 0)
            layer_output.append(output)
            layer_hy.append(hy)
            layer_cy.append(cy)
        layer_input = layer_output[0] if directions == 1 else torch.cat(layer_output, -1)
        if dropout != 0 and train and layer < num_layers - 1:
            layer_input = F.dropout(layer_input, dropout, True)
    return layer_input, (torch.stack(layer_hy, 0), torch.stack(layer_cy, 0))


def _rnn(mode, input, hx, weights, has_biases, num_layers, dropout, train, bidirectional, batch_first, has_proj,
         batch_sizes=None):
    # _rnn_impl_with_concat / _lstm_impl: layers stacked, dropout between them while training.
    # With batch_sizes, input is a PackedSequence's data.
    if batch_first and batch_sizes is None:
        input = input.transpose(0, 1)
    sizes = batch_sizes.tolist() if batch_sizes is not None else None
    per = 2 + (2 if has_biases else 0) + (1 if has_proj else 0)
    params = []
    for k in range(0, len(weights), per):
        w = weights[k:k + per]
        b_ih, b_hh = (w[2], w[3]) if has_biases else (None, None)
        params.append((w[0], w[1], b_ih, b_hh, w[-1] if has_proj else None))
    if mode == "LSTM" and sizes is None and _use_mkldnn(input, has_proj):
        output, hidden = _lstm_mkldnn(input, hx, params, num_layers, dropout, train, bidirectional)
        return (output.transpose(0, 1) if batch_first else output), hidden
    if mode == "LSTM":
        hiddens = list(zip(hx[0].unbind(0), hx[1].unbind(0)))
    else:
        hiddens = list(hx.unbind(0))
    directions = 2 if bidirectional else 1
    layer_input = input
    finals = []
    for layer in range(num_layers):
        k = layer * directions
        if sizes is not None:
            out, h = _packed_layer(mode, layer_input, sizes, hiddens[k], params[k])
        else:
            out, h = _layer(mode, layer_input, hiddens[k], params[k])
        finals.append(h)
        if bidirectional:
            if sizes is not None:
                rev_out, rev_h = _reversed_packed_layer(mode, layer_input, sizes, hiddens[k + 1], params[k + 1])
            else:
                rev_out, rev_h = _layer(mode, layer_input, hiddens[k + 1], params[k + 1], reverse=True)
            finals.append(rev_h)
            out = torch.cat([out, rev_out], out.dim() - 1)
        layer_input = out
        if dropout != 0 and train and layer < num_layers - 1:
            layer_input = F.dropout(layer_input, dropout, True)
    output = layer_input
    if mode == "LSTM":
        hidden = (torch.stack([h for h, _ in finals], 0), torch.stack([c for _, c in finals], 0))
        if batch_first and sizes is None:
            output = output.transpose(0, 1)
    else:
        hidden = torch.stack(finals, 0)
        if batch_first and sizes is None:
            output.transpose_(0, 1)
    return output, hidden


class RNNBase(Module):
    """Base class for RNN modules (RNN, LSTM, GRU)."""

    __constants__ = ["mode", "input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout",
                     "bidirectional", "proj_size"]

    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 dropout=0.0, bidirectional=False, proj_size=0, device=None, dtype=None):
        factory_kwargs = {"device": device, "dtype": dtype}
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        num_directions = 2 if bidirectional else 1

        if not isinstance(dropout, (int, float)) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] representing the probability of an element being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn("dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects "
                          f"num_layers greater than 1, but got dropout={dropout} and num_layers={num_layers}", stacklevel=2)
        if not isinstance(bias, bool):
            raise TypeError(f"bias should be of type bool, got: {type(bias).__name__}")
        if not isinstance(batch_first, bool):
            raise TypeError(f"batch_first should be of type bool, got: {type(batch_first).__name__}")
        if not isinstance(input_size, int):
            raise TypeError(f"input_size should be of type int, got: {type(input_size).__name__}")
        if input_size <= 0:
            raise ValueError("input_size must be greater than zero")
        if not isinstance(hidden_size, int):
            raise TypeError(f"hidden_size should be of type int, got: {type(hidden_size).__name__}")
        if hidden_size <= 0:
            raise ValueError("hidden_size must be greater than zero")
        if num_layers <= 0:
            raise ValueError("num_layers must be greater than zero")
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")

        if mode == "LSTM":
            gate_size = 4 * hidden_size
        elif mode == "GRU":
            gate_size = 3 * hidden_size
        elif mode == "RNN_TANH" or mode == "RNN_RELU":
            gate_size = hidden_size
        else:
            raise ValueError("Unrecognized RNN mode: " + mode)

        self._flat_weights_names = []
        self._all_weights = []
        for layer in range(num_layers):
            for direction in range(num_directions):
                real_hidden_size = proj_size if proj_size > 0 else hidden_size
                layer_input_size = input_size if layer == 0 else real_hidden_size * num_directions
                w_ih = Parameter(torch.empty((gate_size, layer_input_size), **factory_kwargs))
                w_hh = Parameter(torch.empty((gate_size, real_hidden_size), **factory_kwargs))
                b_ih = Parameter(torch.empty(gate_size, **factory_kwargs))
                b_hh = Parameter(torch.empty(gate_size, **factory_kwargs))
                if self.proj_size == 0:
                    layer_params = (w_ih, w_hh, b_ih, b_hh) if bias else (w_ih, w_hh)
                else:
                    w_hr = Parameter(torch.empty((proj_size, hidden_size), **factory_kwargs))
                    layer_params = (w_ih, w_hh, b_ih, b_hh, w_hr) if bias else (w_ih, w_hh, w_hr)
                suffix = "_reverse" if direction == 1 else ""
                param_names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]
                if bias:
                    param_names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]
                if self.proj_size > 0:
                    param_names += ["weight_hr_l{}{}"]
                param_names = [x.format(layer, suffix) for x in param_names]
                for name, param in zip(param_names, layer_params):
                    setattr(self, name, param)
                self._flat_weights_names.extend(param_names)
                self._all_weights.append(param_names)
        self.reset_parameters()

    @property
    def _flat_weights(self):
        return [getattr(self, wn) if hasattr(self, wn) else None for wn in self._flat_weights_names]

    def flatten_parameters(self):
        # Packs the weights for cuDNN; nothing to do on the CPU.
        return None

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def check_input(self, input, batch_sizes):
        if input.dtype != self._flat_weights[0].dtype:
            raise ValueError(
                f"RNN input dtype ({input.dtype}) does not match weight dtype ({self._flat_weights[0].dtype}). "
                f"Convert input: input.to({self._flat_weights[0].dtype}), or convert model: model.to({input.dtype})")
        expected_input_dim = 2 if batch_sizes is not None else 3
        if input.dim() != expected_input_dim:
            raise RuntimeError(f"input must have {expected_input_dim} dimensions, got {input.dim()}")
        if self.input_size != input.size(-1):
            raise RuntimeError(
                f"input.size(-1) must be equal to input_size. Expected {self.input_size}, got {input.size(-1)}")

    def get_expected_hidden_size(self, input, batch_sizes):
        if batch_sizes is not None:
            mini_batch = int(batch_sizes[0])
        else:
            mini_batch = input.size(0) if self.batch_first else input.size(1)
        num_directions = 2 if self.bidirectional else 1
        if self.proj_size > 0:
            return (self.num_layers * num_directions, mini_batch, self.proj_size)
        return (self.num_layers * num_directions, mini_batch, self.hidden_size)

    def check_hidden_size(self, hx, expected_hidden_size, msg="Expected hidden size {}, got {}"):
        if hx.size() != expected_hidden_size:
            raise RuntimeError(msg.format(expected_hidden_size, list(hx.size())))

    def check_forward_args(self, input, hidden, batch_sizes):
        self.check_input(input, batch_sizes)
        expected_hidden_size = self.get_expected_hidden_size(input, batch_sizes)
        self.check_hidden_size(hidden, expected_hidden_size)

    def permute_hidden(self, hx, permutation):
        if permutation is None:
            return hx
        return hx.index_select(1, permutation)

    def extra_repr(self):
        s = "{input_size}, {hidden_size}"
        if self.proj_size != 0:
            s += ", proj_size={proj_size}"
        if self.num_layers != 1:
            s += ", num_layers={num_layers}"
        if self.bias is not True:
            s += ", bias={bias}"
        if self.batch_first is not False:
            s += ", batch_first={batch_first}"
        if self.dropout != 0:
            s += ", dropout={dropout}"
        if self.bidirectional is not False:
            s += ", bidirectional={bidirectional}"
        return s.format(**self.__dict__)

    @property
    def all_weights(self):
        return [[getattr(self, weight) for weight in weights] for weights in self._all_weights]

    def _forward_one_state(self, input, hx, name):
        # RNN.forward and GRU.forward: one hidden state tensor (LSTM has two).
        num_directions = 2 if self.bidirectional else 1
        if isinstance(input, PackedSequence):
            data, batch_sizes, sorted_indices, unsorted_indices = input
            max_batch_size = int(batch_sizes[0])
            if hx is None:
                hx = torch.zeros(self.num_layers * num_directions, max_batch_size, self.hidden_size,
                                 dtype=data.dtype, device=data.device)
            else:
                hx = self.permute_hidden(hx, sorted_indices)
            self.check_forward_args(data, hx, batch_sizes)
            output, hidden = _rnn(self.mode, data, hx, self._flat_weights, self.bias, self.num_layers, self.dropout,
                                  self.training, self.bidirectional, self.batch_first, False, batch_sizes)
            return (PackedSequence(output, batch_sizes, sorted_indices, unsorted_indices),
                    self.permute_hidden(hidden, unsorted_indices))
        is_batched = self._batched(input, name)
        batch_dim = 0 if self.batch_first else 1
        if not is_batched:
            input = input.unsqueeze(batch_dim)
            if hx is not None:
                if hx.dim() != 2:
                    raise RuntimeError(f"For unbatched 2-D input, hx should also be 2-D but got {hx.dim()}-D tensor")
                hx = hx.unsqueeze(1)
        elif hx is not None and hx.dim() != 3:
            raise RuntimeError(f"For batched 3-D input, hx should also be 3-D but got {hx.dim()}-D tensor")
        max_batch_size = input.size(0) if self.batch_first else input.size(1)
        if hx is None:
            hx = torch.zeros(self.num_layers * num_directions, max_batch_size, self.hidden_size,
                             dtype=input.dtype, device=input.device)
        self.check_forward_args(input, hx, None)
        output, hidden = _rnn(self.mode, input, hx, self._flat_weights, self.bias, self.num_layers, self.dropout,
                              self.training, self.bidirectional, self.batch_first, False)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = hidden.squeeze(1)
        return output, hidden

    def _batched(self, input, name):
        if input.dim() not in (2, 3):
            raise ValueError(f"{name}: Expected input to be 2D or 3D, got {input.dim()}D tensor instead")
        return input.dim() == 3


class RNN(RNNBase):
    """An Elman RNN: h_t = tanh(x_t W_ih^T + b_ih + h_(t-1) W_hh^T + b_hh) (or relu)."""

    def __init__(self, *args, **kwargs):
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        if len(args) > 3:
            nonlinearity = args[3]
            args = args[:3] + args[4:]
        else:
            nonlinearity = kwargs.pop("nonlinearity", "tanh")
        if nonlinearity == "tanh":
            mode = "RNN_TANH"
        elif nonlinearity == "relu":
            mode = "RNN_RELU"
        else:
            raise ValueError(f"Unknown nonlinearity '{nonlinearity}'. Select from 'tanh' or 'relu'.")
        super().__init__(mode, *args, **kwargs)
        self.nonlinearity = nonlinearity

    def forward(self, input, hx=None):
        return self._forward_one_state(input, hx, "RNN")


class LSTM(RNNBase):
    """Long short-term memory: input, forget, cell and output gates over (h, c)."""

    def __init__(self, *args, **kwargs):
        super().__init__("LSTM", *args, **kwargs)

    def get_expected_cell_size(self, input, batch_sizes):
        if batch_sizes is not None:
            mini_batch = int(batch_sizes[0])
        else:
            mini_batch = input.size(0) if self.batch_first else input.size(1)
        num_directions = 2 if self.bidirectional else 1
        return (self.num_layers * num_directions, mini_batch, self.hidden_size)

    def check_forward_args(self, input, hidden, batch_sizes):
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden[0], self.get_expected_hidden_size(input, batch_sizes), "Expected hidden[0] size {}, got {}")
        self.check_hidden_size(hidden[1], self.get_expected_cell_size(input, batch_sizes), "Expected hidden[1] size {}, got {}")

    def permute_hidden(self, hx, permutation):
        if permutation is None:
            return hx
        return hx[0].index_select(1, permutation), hx[1].index_select(1, permutation)

    def forward(self, input, hx=None):
        num_directions = 2 if self.bidirectional else 1
        real_hidden_size = self.proj_size if self.proj_size > 0 else self.hidden_size
        if isinstance(input, PackedSequence):
            data, batch_sizes, sorted_indices, unsorted_indices = input
            max_batch_size = int(batch_sizes[0])
            if hx is None:
                h_zeros = torch.zeros(self.num_layers * num_directions, max_batch_size, real_hidden_size,
                                      dtype=data.dtype, device=data.device)
                c_zeros = torch.zeros(self.num_layers * num_directions, max_batch_size, self.hidden_size,
                                      dtype=data.dtype, device=data.device)
                hx = (h_zeros, c_zeros)
            else:
                hx = self.permute_hidden(hx, sorted_indices)
            self.check_forward_args(data, hx, batch_sizes)
            output, hidden = _rnn("LSTM", data, hx, self._flat_weights, self.bias, self.num_layers, self.dropout,
                                  self.training, self.bidirectional, self.batch_first, self.proj_size > 0, batch_sizes)
            return (PackedSequence(output, batch_sizes, sorted_indices, unsorted_indices),
                    self.permute_hidden(hidden, unsorted_indices))
        is_batched = self._batched(input, "LSTM")
        batch_dim = 0 if self.batch_first else 1
        if not is_batched:
            input = input.unsqueeze(batch_dim)
        max_batch_size = input.size(0) if self.batch_first else input.size(1)
        if hx is None:
            h_zeros = torch.zeros(self.num_layers * num_directions, max_batch_size, real_hidden_size,
                                  dtype=input.dtype, device=input.device)
            c_zeros = torch.zeros(self.num_layers * num_directions, max_batch_size, self.hidden_size,
                                  dtype=input.dtype, device=input.device)
            hx = (h_zeros, c_zeros)
            self.check_forward_args(input, hx, None)
        else:
            if is_batched:
                if hx[0].dim() != 3 or hx[1].dim() != 3:
                    raise RuntimeError("For batched 3-D input, hx and cx should "
                                       f"also be 3-D but got ({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
            else:
                if hx[0].dim() != 2 or hx[1].dim() != 2:
                    raise RuntimeError("For unbatched 2-D input, hx and cx should "
                                       f"also be 2-D but got ({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
                hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
            self.check_forward_args(input, hx, None)
        output, hidden = _rnn("LSTM", input, hx, self._flat_weights, self.bias, self.num_layers, self.dropout,
                              self.training, self.bidirectional, self.batch_first, self.proj_size > 0)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = (hidden[0].squeeze(1), hidden[1].squeeze(1))
        return output, hidden


class GRU(RNNBase):
    """Gated recurrent unit: reset and update gates over h."""

    def __init__(self, *args, **kwargs):
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        super().__init__("GRU", *args, **kwargs)

    def forward(self, input, hx=None):
        return self._forward_one_state(input, hx, "GRU")


class RNNCellBase(Module):
    """Base class for the one-step cells."""

    __constants__ = ["input_size", "hidden_size", "bias"]

    def __init__(self, input_size, hidden_size, bias, num_chunks, device=None, dtype=None):
        factory_kwargs = {"device": device, "dtype": dtype}
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        self.weight_ih = Parameter(torch.empty((num_chunks * hidden_size, input_size), **factory_kwargs))
        self.weight_hh = Parameter(torch.empty((num_chunks * hidden_size, hidden_size), **factory_kwargs))
        if bias:
            self.bias_ih = Parameter(torch.empty(num_chunks * hidden_size, **factory_kwargs))
            self.bias_hh = Parameter(torch.empty(num_chunks * hidden_size, **factory_kwargs))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        self.reset_parameters()

    def extra_repr(self):
        s = "{input_size}, {hidden_size}"
        if "bias" in self.__dict__ and self.bias is not True:
            s += ", bias={bias}"
        if "nonlinearity" in self.__dict__ and self.nonlinearity != "tanh":
            s += ", nonlinearity={nonlinearity}"
        return s.format(**self.__dict__)

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _batched_state(self, input, hx, name):
        # RNNCell/GRUCell: an unbatched input gains a batch dim, a missing state is zeros.
        if input.dim() not in (1, 2):
            raise ValueError(f"{name}: Expected input to be 1D or 2D, got {input.dim()}D instead")
        if hx is not None and hx.dim() not in (1, 2):
            raise ValueError(f"{name}: Expected hidden to be 1D or 2D, got {hx.dim()}D instead")
        is_batched = input.dim() == 2
        if not is_batched:
            input = input.unsqueeze(0)
        if hx is None:
            hx = torch.zeros(input.size(0), self.hidden_size, dtype=input.dtype, device=input.device)
        else:
            hx = hx.unsqueeze(0) if not is_batched else hx
        return input, hx, is_batched

    def _check_sizes(self, input, hx, label):
        # check_rnn_cell_forward_input / _hidden
        if input.size(1) != self.input_size:
            raise RuntimeError(f"input has inconsistent input_size: got {input.size(1)} expected {self.input_size}")
        if input.size(0) != hx.size(0):
            raise RuntimeError(f"Input batch size {input.size(0)} doesn't match hidden{label} batch size {hx.size(0)}")
        if hx.size(1) != self.hidden_size:
            raise RuntimeError(f"hidden{label} has inconsistent hidden_size: got {hx.size(1)}, expected {self.hidden_size}")


class RNNCell(RNNCellBase):
    """One step of an Elman RNN."""

    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh", device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=1, device=device, dtype=dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input, hx=None):
        input, hx, is_batched = self._batched_state(input, hx, "RNNCell")
        if self.nonlinearity == "tanh":
            mode = "RNN_TANH"
        elif self.nonlinearity == "relu":
            mode = "RNN_RELU"
        else:
            raise RuntimeError(f"Unknown nonlinearity: {self.nonlinearity}")
        self._check_sizes(input, hx, "")
        ret = _cell(mode, F.linear(input, self.weight_ih, self.bias_ih), hx, self.weight_hh, self.bias_hh, None)
        if not is_batched:
            ret = ret.squeeze(0)
        return ret


class LSTMCell(RNNCellBase):
    """One step of an LSTM: (h, c) from the input and the last (h, c)."""

    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=4, device=device, dtype=dtype)

    def forward(self, input, hx=None):
        if input.dim() not in (1, 2):
            raise ValueError(f"LSTMCell: Expected input to be 1D or 2D, got {input.dim()}D instead")
        if hx is not None:
            for idx, value in enumerate(hx):
                if value.dim() not in (1, 2):
                    raise ValueError(f"LSTMCell: Expected hx[{idx}] to be 1D or 2D, got {value.dim()}D instead")
        is_batched = input.dim() == 2
        if not is_batched:
            input = input.unsqueeze(0)
        if hx is None:
            zeros = torch.zeros(input.size(0), self.hidden_size, dtype=input.dtype, device=input.device)
            hx = (zeros, zeros)
        else:
            hx = (hx[0].unsqueeze(0), hx[1].unsqueeze(0)) if not is_batched else hx
        self._check_sizes(input, hx[0], "[0]")
        self._check_sizes(input, hx[1], "[1]")
        ret = _cell("LSTM", F.linear(input, self.weight_ih, self.bias_ih), hx, self.weight_hh, self.bias_hh, None)
        if not is_batched:
            ret = (ret[0].squeeze(0), ret[1].squeeze(0))
        return ret


class GRUCell(RNNCellBase):
    """One step of a GRU."""

    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=3, device=device, dtype=dtype)

    def forward(self, input, hx=None):
        input, hx, is_batched = self._batched_state(input, hx, "GRUCell")
        self._check_sizes(input, hx, "")
        ret = _cell("GRU", F.linear(input, self.weight_ih, self.bias_ih), hx, self.weight_hh, self.bias_hh, None)
        if not is_batched:
            ret = ret.squeeze(0)
        return ret
