import torch, math
torch.set_printoptions(precision=10)
F=torch.nn.functional

def vals(n, k, positive=False):
    out=[]
    for i in range(n):
        v = round(math.sin(i*1.7 + k*0.9) * 2.0, 2)
        if positive: v = abs(v) + 0.5
        out.append(v)
    return out

def fl(v):
    s = "%.9g" % v
    if s in ("inf","-inf","nan"): return {"inf":"Float.infinity","-inf":"-Float.infinity","nan":"Float.nan"}[s]
    return s

def arr(t):
    return "[" + ", ".join(fl(float(v)) for v in t.detach().reshape(-1).tolist()) + "]"
def iarr(t):
    return "[" + ", ".join(str(int(v)) for v in t.reshape(-1).tolist()) + "]"
def shp(t): return "[" + ", ".join(str(d) for d in t.shape) + "]"

def dtype_swift(t):
    return {torch.float32: ".float32", torch.int64: ".int64", torch.bool: ".bool"}[t.dtype]

out_lines=[]
def q(s): return '"'+s+'"' if s else 'nil'
def case(name, inputs, py, sw, backward=True):
    """inputs: list of (var, shape, kind) kind in 'g' (float requires grad), 'f' float no grad, 'p' positive grad, 'i' int64."""
    env={}; decl=[]
    for k,(var, shape, kind) in enumerate(inputs):
        n = 1
        for d in shape: n*=d
        if kind == 'i':
            v = [int(round(x*2)) for x in vals(n, k)]
            t = torch.tensor(v, dtype=torch.int64).reshape(shape)
            decl.append(f"        let {var} = Tensor(ints: {iarr(t)}, shape: {list(shape)})")
        else:
            v = vals(n, k, positive=(kind=='p'))
            t = torch.tensor(v, dtype=torch.float32).reshape(shape)
            rg = kind in 'gp'
            if rg: t.requires_grad_()
            decl.append(f"        let {var} = {'try leaf' if rg else 'floats'}({arr(t)}, {list(shape)})")
        env[var]=t
    env['torch']=torch; env['F']=F
    y = eval(py, env)
    L=[]
    L.append(f"    /// `{py}`")
    L.append(f"    func test_{name}() throws {{")
    L.extend(decl)
    L.append(f"        let y = {sw}")
    gfn = type(y.grad_fn).__name__ if y.grad_fn is not None else None
    if y.dtype == torch.float32:
        L.append(f"        assertValues(y, {arr(y)}, shape: {shp(y)}, gradFn: {q(gfn)})")
    else:
        L.append(f"        XCTAssertEqual(y.dtype, {dtype_swift(y)})")
        L.append(f"        XCTAssertEqual(y.intValues(), {iarr(y)})")
        L.append(f"        XCTAssertEqual(y.shape, {shp(y)})")
    if backward and y.requires_grad:
        n=y.numel()
        g = torch.tensor([((i*7)%5 - 2)*0.5 + 0.25 for i in range(n)], dtype=torch.float32).reshape(y.shape)
        y.backward(g)
        L.append(f"        try y.backward(gradient: floats({arr(g)}, {shp(g)}))")
        for var,t in env.items():
            if isinstance(t, torch.Tensor) and t.requires_grad and var not in ('torch',):
                L.append(f"        assertValues({var}.grad, {arr(t.grad)}, shape: {shp(t.grad)})")
    L.append("    }")
    out_lines.append("\n".join(L))

G=lambda v,s: (v,s,'g')
P=lambda v,s: (v,s,'p')
I=lambda v,s: (v,s,'i')
Fl=lambda v,s: (v,s,'f')
W=lambda x: f"Tensor.wrapped(.float({x}))"
WI=lambda x: f"Tensor.wrapped(.int({x}))"

# arithmetic
case("addSame", [G('a',(2,3)), G('b',(2,3))], "a + b", "try a.add(b)")
case("addBroadcast31_4", [G('a',(3,1)), G('b',(4,))], "a + b", "try a.add(b)")
case("subBroadcast", [G('a',(2,3)), G('b',(3,))], "a - b", "try a.sub(b)")
case("subBroadcastRev", [G('a',(3,)), G('b',(2,3))], "a - b", "try a.sub(b)")
case("mulBroadcast31_4", [G('a',(3,1)), G('b',(4,))], "a * b", "try a.mul(b)")
case("mulScalarTensor", [G('a',(2,3)), G('b',())], "a * b", "try a.mul(b)")
case("divBroadcast", [G('a',(2,3)), P('b',(2,1))], "a / b", "try a.div(b)")
case("divPythonScalar", [G('a',(4,))], "a / 2", f"try a.div({WI(2)})")
case("neg", [G('a',(2,2))], "-a", "try a.neg()")
case("rsubInt", [G('a',(3,))], "2 - a", "try a.rsub(.int(2))")
case("rsubFloat", [G('a',(3,))], "1.5 - a", "try a.rsub(.float(1.5))")
case("addPythonFloat", [G('a',(3,))], "a + 2.5", f"try a.add({W(2.5)})")
case("mulPythonInt", [G('a',(3,))], "a * 3", f"try a.mul({WI(3)})")
case("mulOnlyOneRequiresGrad", [G('a',(2,2)), Fl('b',(2,2))], "a * b", "try a.mul(b)")
# promotion
case("intDivInt", [I('a',(4,)), I('b',(4,))], "a / (b.abs() + 1)", f"try a.div(b.abs().add({WI(1)}))")
case("intMulInt", [I('a',(4,)), I('b',(4,))], "a * b", "try a.mul(b)")
case("intAddPythonInt", [I('a',(4,))], "a + 3", f"try a.add({WI(3)})")
case("intAddPythonFloat", [I('a',(4,))], "a + 2.5", f"try a.add({W(2.5)})")
case("intMulPythonFloat", [I('a',(4,))], "a * 0.5", f"try a.mul({W(0.5)})")
case("intTimesFloatTensor", [I('a',(3,)), G('b',(3,))], "a * b", "try a.mul(b)")
case("float0dTimesIntTensor", [I('a',(3,)), G('b',())], "a * b", "try a.mul(b)")
case("intDivPythonInt", [I('a',(4,))], "a / 2", f"try a.div({WI(2)})")
case("intSumIsInt", [I('a',(2,3))], "a.sum()", "a.sum()")
case("intSumDim", [I('a',(2,3))], "a.sum(0)", "try a.sum(dims: [0])")
case("intPowInt", [I('a',(4,))], "a ** 2", "try a.pow(2, exponentIsInt: true)")
case("intPowFloat", [I('a',(4,))], "a.abs() ** 0.5", "try a.abs().pow(0.5)")
case("rpowIntInt", [I('a',(4,))], "2 ** a.abs()", "try a.abs().rpow(.int(2))")
# powers
case("powSquare", [G('a',(2,3))], "a ** 2", "try a.pow(2, exponentIsInt: true)")
case("powCube", [G('a',(4,))], "a ** 3", "try a.pow(3, exponentIsInt: true)")
case("powHalf", [P('a',(4,))], "a ** 0.5", "try a.pow(0.5)")
case("powMinusOne", [P('a',(4,))], "a ** -1", "try a.pow(-1, exponentIsInt: true)")
case("powTwoPointFive", [P('a',(4,))], "a ** 2.5", "try a.pow(2.5)")
case("powZero", [G('a',(3,))], "a ** 0", "try a.pow(0, exponentIsInt: true)")
case("powTensor", [P('a',(2,3)), G('b',(3,))], "a ** b", "try a.pow(b)")
case("powWrappedInt", [G('a',(3,))], "a ** 2", f"try a.pow({WI(2)})")
case("rpowInt", [G('a',(4,))], "2 ** a", "try a.rpow(.int(2))")
case("rpowFloat", [G('a',(4,))], "2.5 ** a", "try a.rpow(.float(2.5))")
# unary
case("sin", [G('a',(5,))], "a.sin()", "a.sin()")
case("cos", [G('a',(5,))], "a.cos()", "a.cos()")
case("exp", [G('a',(5,))], "a.exp()", "a.exp()")
case("log", [P('a',(5,))], "a.log()", "a.log()")
case("tanh", [G('a',(5,))], "a.tanh()", "a.tanh()")
case("sigmoid", [G('a',(5,))], "a.sigmoid()", "a.sigmoid()")
case("relu", [G('a',(6,))], "a.relu()", "a.relu()")
case("sqrt", [P('a',(5,))], "a.sqrt()", "a.sqrt()")
case("abs", [G('a',(6,))], "a.abs()", "a.abs()")
# reductions
case("sumAll", [G('a',(2,3))], "a.sum()", "a.sum()")
case("sumDim0", [G('a',(2,3))], "a.sum(0)", "try a.sum(dims: [0])")
case("sumDim1Keep", [G('a',(2,3))], "a.sum(1, keepdim=True)", "try a.sum(dims: [1], keepdim: true)")
case("sumDimNeg", [G('a',(2,3,2))], "a.sum(-1)", "try a.sum(dims: [-1])")
case("sumDims02", [G('a',(2,3,2))], "a.sum((0,2))", "try a.sum(dims: [0, 2])")
case("sumDims02Keep", [G('a',(2,3,2))], "a.sum((0,2), keepdim=True)", "try a.sum(dims: [0, 2], keepdim: true)")
case("meanAll", [G('a',(2,3))], "a.mean()", "try a.mean()")
case("meanDim0", [G('a',(2,3))], "a.mean(0)", "try a.mean(dims: [0])")
case("meanDimNegKeep", [G('a',(2,3))], "a.mean(-1, keepdim=True)", "try a.mean(dims: [-1], keepdim: true)")
case("meanDims01", [G('a',(2,3,2))], "a.mean((0,1))", "try a.mean(dims: [0, 1])")
case("sum0d", [G('a',())], "a.sum()", "a.sum()")
# linear algebra
case("matmul1d1d", [G('a',(3,)), G('b',(3,))], "a @ b", "try a.matmul(b)")
case("matmul2d1d", [G('a',(2,3)), G('b',(3,))], "a @ b", "try a.matmul(b)")
case("matmul1d2d", [G('a',(2,)), G('b',(2,3))], "a @ b", "try a.matmul(b)")
case("matmul2d2d", [G('a',(2,3)), G('b',(3,4))], "a @ b", "try a.matmul(b)")
case("mm", [G('a',(3,2)), G('b',(2,2))], "a.mm(b)", "try a.mm(b)")
case("mv", [G('a',(3,2)), G('b',(2,))], "a.mv(b)", "try a.mv(b)")
case("dot", [G('a',(4,)), G('b',(4,))], "a.dot(b)", "try a.dot(b)")
case("matmulTransposed", [G('a',(3,2)), G('b',(3,2))], "a.t() @ b", "try a.t().matmul(b)")
case("mmConstLeft", [Fl('a',(2,3)), G('b',(3,2))], "a @ b", "try a.matmul(b)")
case("matmulIntInt", [I('a',(2,3)), I('b',(3,))], "a @ b", "try a.matmul(b)")
case("vectorNorm", [G('a',(2,3))], "torch.linalg.vector_norm(a)", "try a.vectorNorm()")
case("vectorNorm1d", [G('a',(4,))], "torch.linalg.vector_norm(a)", "try a.vectorNorm()")
case("mseLoss", [G('a',(2,3)), Fl('b',(2,3))], "F.mse_loss(a, b)", "try a.mseLoss(b).0")
case("mseLossBothGrad", [G('a',(4,)), G('b',(4,))], "F.mse_loss(a, b)", "try a.mseLoss(b).0")
case("mseLossSum", [G('a',(2,3)), Fl('b',(2,3))], "F.mse_loss(a, b, reduction='sum')", "try a.mseLoss(b, reduction: .sum).0")
case("mseLossNone", [G('a',(2,3)), Fl('b',(2,3))], "F.mse_loss(a, b, reduction='none')", "try a.mseLoss(b, reduction: .none).0")
case("mseLossIntTarget", [G('a',(4,)), I('b',(4,))], "F.mse_loss(a, b)", "try a.mseLoss(b).0")
# views
case("view", [G('a',(2,3))], "a.view(6)", "try a.view([6])")
case("viewInfer", [G('a',(2,3))], "a.view(-1, 2)", "try a.view([-1, 2])")
case("reshapeContiguous", [G('a',(2,3))], "a.reshape(3, 2)", "try a.reshape([3, 2])")
case("reshapeOfTranspose", [G('a',(2,3))], "a.t().reshape(6)", "try a.t().reshape([6])")
case("t2d", [G('a',(2,3))], "a.t()", "try a.t()")
case("t1d", [G('a',(3,))], "a.t()", "try a.t()")
case("T2d", [G('a',(2,3))], "a.T", "a.T()")
case("transpose", [G('a',(2,3,2))], "a.transpose(0, 2)", "try a.transpose(0, 2)")
case("transposeNeg", [G('a',(2,3))], "a.transpose(-1, 0)", "try a.transpose(-1, 0)")
case("unsqueeze", [G('a',(2,3))], "a.unsqueeze(1)", "try a.unsqueeze(1)")
case("unsqueezeNeg", [G('a',(2,3))], "a.unsqueeze(-1)", "try a.unsqueeze(-1)")
case("squeezeAll", [G('a',(1,3,1))], "a.squeeze()", "try a.squeeze()")
case("squeezeDim", [G('a',(1,3,1))], "a.squeeze(2)", "try a.squeeze(2)")
case("squeezeNonOne", [G('a',(2,3))], "a.squeeze(0)", "try a.squeeze(0)")
case("expand", [G('a',(3,1))], "a.expand(3, 4)", "try a.expand([3, 4])")
case("expandNewDims", [G('a',(3,))], "a.expand(2, -1)", "try a.expand([2, -1])")
case("clone", [G('a',(2,2))], "a.clone()", "a.clone()")
case("viewThenMul", [G('a',(2,3))], "a.t().contiguous().view(6) * a.view(6)", "try a.t().contiguous().view([6]).mul(a.view([6]))")
# indexing
case("selectFirst", [G('a',(3,4))], "a[1]", "try a.index([.int(1)])")
case("selectNegative", [G('a',(3,4))], "a[-1]", "try a.index([.int(-1)])")
case("selectColumn", [G('a',(3,4))], "a[:, 0]", "try a.index([.slice(start: nil, stop: nil, step: nil), .int(0)])")
case("selectElement", [G('a',(3,4))], "a[1, 2]", "try a.index([.int(1), .int(2)])")
case("sliceStep", [G('a',(7,))], "a[0:6:2]", "try a.index([.slice(start: 0, stop: 6, step: 2)])")
case("sliceStepDefaultStop", [G('a',(7,))], "a[1::3]", "try a.index([.slice(start: 1, stop: nil, step: 3)])")
case("sliceNegativeStart", [G('a',(5,))], "a[-3:]", "try a.index([.slice(start: -3, stop: nil, step: nil)])")
case("sliceColumnsStep", [G('a',(2,5))], "a[:, ::2]", "try a.index([.slice(start: nil, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)])")
case("sliceClamped", [G('a',(4,))], "a[2:100]", "try a.index([.slice(start: 2, stop: 100, step: nil)])")
case("sliceEmpty", [G('a',(4,))], "a[3:1]", "try a.index([.slice(start: 3, stop: 1, step: nil)])")
case("fullSlice", [G('a',(2,3))], "a[:]", "try a.index([.slice(start: nil, stop: nil, step: nil)])")
case("newAxis", [G('a',(2,3))], "a[None]", "try a.index([.newAxis])")
case("newAxisMiddle", [G('a',(2,3))], "a[:, None]", "try a.index([.slice(start: nil, stop: nil, step: nil), .newAxis])")
case("ellipsis", [G('a',(2,3))], "a[...]", "try a.index([.ellipsis])")
case("ellipsisThenInt", [G('a',(2,3))], "a[..., 0]", "try a.index([.ellipsis, .int(0)])")
case("ellipsisNewAxis", [G('a',(2,3))], "a[..., None]", "try a.index([.ellipsis, .newAxis])")
case("selectThenMul", [G('a',(3,))], "a[0] * a[2]", "try a.index([.int(0)]).mul(a.index([.int(2)]))")

hdr = '''// Generated from PyTorch 2.x by Tools/engine-reference/gen_ops.py: every op's value, grad_fn name, and the gradients of
// its inputs for the upstream gradient g_i = ((7i mod 5) - 2)/2 + 1/4.
import XCTest
@testable import Autograd

final class EngineOpValueTests: XCTestCase {
'''
open("/work/wt-engtest/Tests/AutogradTests/EngineOpValueTests.swift","w").write(hdr + "\n\n".join(out_lines) + "\n}\n")
print(len(out_lines))
