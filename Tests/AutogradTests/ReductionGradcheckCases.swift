import XCTest
@testable import Autograd

/// gradcheck cases for the order statistics, paired reductions, grids and tensor products
/// (Ops/OrderStatistics.swift, PairedReductions.swift, Quantile.swift, GridsAndRepeats.swift,
/// TensorProducts.swift, Covariance.swift), run by OpsGradcheckTests.
extension OpsGradcheckTests {
    static func reductionCases() -> [Case] { [
        Case(name: "kthvalue", inputs: [[3, 5]]) { try $0[0].kthvalue(2, dim: 1).values },
        Case(name: "kthvalueKeep", inputs: [[4, 2]]) { try $0[0].kthvalue(3, dim: 0, keepdim: true).values },
        Case(name: "medianDim", inputs: [[3, 4]]) { try $0[0].median(dim: 1).values },
        Case(name: "nanmedianDim", inputs: [[2, 5]]) { try $0[0].nanmedian(dim: 0).values },
        Case(name: "nanmedianAll", inputs: [[7]]) { try $0[0].nanmedian() },
        Case(name: "mode", inputs: [[3, 3]]) { try $0[0].mode(dim: 1).values },
        Case(name: "cummax", inputs: [[2, 5]]) { try $0[0].cumulativeExtreme(dim: 1, max: true).values },
        Case(name: "cummin", inputs: [[4, 2]]) { try $0[0].cumulativeExtreme(dim: 0, max: false).values },
        Case(name: "logcumsumexp", inputs: [[2, 4]]) { try $0[0].logcumsumexp(1) },
        Case(name: "varMean", inputs: [[3, 4]]) { let (v, m) = try $0[0].spreadMean(dims: [1], correction: 1, keepdim: false, std: false); return try v.add(m.mul(m)) },
        Case(name: "stdMean", inputs: [[2, 3]]) { let (s, m) = try $0[0].spreadMean(dims: nil, correction: 0, keepdim: false, std: true); return try s.mul(m) },
        Case(name: "aminmax", inputs: [[3, 4]]) { let r = try $0[0].aminmax(dim: 0, keepdim: false); return try r.min.mul(r.max) },
        Case(name: "nansum", inputs: [[2, 3]]) { try $0[0].nansum(dims: [1], keepdim: true) },
        Case(name: "nanmean", inputs: [[3, 2]]) { try $0[0].nanmean(dims: nil, keepdim: false) },
        Case(name: "quantile", inputs: [[2, 6]]) {
            try $0[0].quantile(Tensor(doubles: [0.1, 0.55, 0.9], shape: [3]), dim: 1, keepdim: false, interpolation: .linear, ignoreNaN: false)
        },
        Case(name: "quantileMidpoint", inputs: [[5]]) {
            try $0[0].quantile(Tensor(doubles: [0.3], shape: []), dim: nil, keepdim: false, interpolation: .midpoint, ignoreNaN: true)
        },
        Case(name: "tensordot", inputs: [[2, 3, 4], [4, 3, 2]]) { try Tensor.tensordot($0[0], $0[1], dimsA: [1, 2], dimsB: [1, 0]) },
        Case(name: "inner", inputs: [[2, 3], [4, 3]]) { try Tensor.inner($0[0], $0[1]) },
        Case(name: "kron", inputs: [[2, 2], [3, 1]]) { try Tensor.kron($0[0], $0[1]) },
        Case(name: "vdot", inputs: [[4], [4]]) { try $0[0].vdot($0[1]) },
        Case(name: "cross", inputs: [[2, 3], [3]]) { try Tensor.cross($0[0], $0[1].reshape([1, 3]), dim: 1) },
        Case(name: "cdist", inputs: [[3, 2], [4, 2]]) { try Tensor.cdist($0[0], $0[1], p: 2) },
        Case(name: "cdistP1", inputs: [[2, 3], [2, 3]]) { try Tensor.cdist($0[0], $0[1], p: 1) },
        Case(name: "cdistP3", inputs: [[2, 2], [3, 2]]) { try Tensor.cdist($0[0], $0[1], p: 3) },
        Case(name: "cdistEuclidean", inputs: [[26, 2], [2, 2]]) { try Tensor.cdist($0[0], $0[1], p: 2) },
        Case(name: "cov", inputs: [[3, 4]]) { try $0[0].cov(correction: 1).result },
        Case(name: "covWeighted", inputs: [[2, 4]]) {
            try $0[0].cov(correction: 1, fweights: long([1, 2, 1, 3], [4]), aweights: Tensor(doubles: [0.5, 1, 2, 1], shape: [4])).result
        },
        Case(name: "corrcoef", inputs: [[2, 5]]) { try $0[0].corrcoef() },
        Case(name: "matrixNormFro", inputs: [[2, 3]]) { try $0[0].matrixNorm(ord: "fro") },
        Case(name: "matrixNorm1", inputs: [[3, 2]]) { try $0[0].matrixNorm(ord: "1") },
        Case(name: "matrixNormInf", inputs: [[2, 3, 2]]) { try $0[0].matrixNorm(ord: "-inf", dims: [0, 2], keepdim: true) },
        Case(name: "repeatInterleave", inputs: [[2, 3]]) { try $0[0].repeatInterleave(2, dim: 1) },
        Case(name: "repeatInterleaveTensor", inputs: [[3]]) { try $0[0].repeatInterleave(Tensor(ints: [2, 0, 3], shape: [3]), dim: nil) },
        Case(name: "meshgrid", inputs: [[3], [2]]) { let g = try Tensor.meshgrid([$0[0], $0[1]], indexing: "xy"); return try g[0].mul(g[1]) },
        Case(name: "cartesianProd", inputs: [[2], [3]]) { try Tensor.cartesianProd($0) },
        Case(name: "combinations", inputs: [[4]]) { try $0[0].combinations(2, withReplacement: true) },
        Case(name: "rot90", inputs: [[2, 3]]) { try $0[0].rot90(1, dims: [0, 1]) },
        Case(name: "rot90Back", inputs: [[2, 2, 3]]) { try $0[0].rot90(-1, dims: [2, 1]) },
        Case(name: "diagEmbed", inputs: [[2, 3]]) { try $0[0].diagEmbed(offset: 1) },
        Case(name: "blockDiag", inputs: [[2, 2], [3], []]) { try Tensor.blockDiag($0) },
        Case(name: "indexAdd", inputs: [[4, 2], [3, 2]]) { try $0[0].indexAdd(dim: 0, index: long([1, 3, 1], [3]), source: $0[1], alpha: .float(1.5)) },
        Case(name: "indexCopy", inputs: [[2, 4], [2, 2]]) { try $0[0].indexCopy(dim: 1, index: long([3, 0], [2]), source: $0[1]) },
        Case(name: "indexFill", inputs: [[3, 2]]) { try $0[0].indexFill(dim: 0, index: long([2], [1]), value: .float(-1)) },
        Case(name: "matrixPower", inputs: [[2, 2]]) { try $0[0].mul(Tensor.wrapped(.float(0.5))).matrixPower(5) },
        Case(name: "trapezoid", inputs: [[2, 4]]) { try $0[0].trapezoid(dx: 0.5, dim: 1) },
        Case(name: "trapezoidX", inputs: [[3, 2], [3]]) { try $0[0].trapezoid(x: $0[1], dim: 0) },
        Case(name: "tensorSplit", inputs: [[7]]) { let p = try $0[0].tensorSplit(sections: 3, dim: 0); return try p[0].sum().mul(p[2].sum()).add(p[1].sum()) },
    ] }
}
