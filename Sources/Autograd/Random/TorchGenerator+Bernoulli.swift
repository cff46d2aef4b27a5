// torch.bernoulli as ATen's CPU kernels draw it. With a tensor of probabilities
// (bernoulli_tensor_cpu_kernel) each element draws bernoulli_distribution<float>: one 24-bit float
// uniform per element, the same stream as torch.rand, compared with p as a float. With one scalar
// p (`t.bernoulli_(0.5)`, dropout's mask) each element draws a 53-bit double (random64()).

extension TorchGenerator {
    /// One 0/1 draw per element of `probabilities`, in its dtype (its shape, row-major order).
    public mutating func bernoulli(_ probabilities: Tensor) throws -> Tensor {
        guard probabilities.dtype.isFloatingPoint else {
            throw TorchError.runtime("\"bernoulli_tensor_cpu_p_\" not implemented for '\(probabilities.dtype.scalarTypeName)'")
        }
        let p = probabilities.contiguousCopy().doubleValues()
        guard p.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            throw TorchError.runtime("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)")
        }
        let draws = p.map { prob -> Double in uniformFloat(from: 0, to: 1) < Float(prob) ? 1 : 0 }
        return Tensor(doubles: draws, shape: probabilities.shape).cast(to: probabilities.dtype)
    }

    /// One 0/1 draw per element of a tensor of `shape` with the scalar probability `p`.
    public mutating func bernoulli(shape: [Int], p: Double, dtype: DType) throws -> Tensor {
        guard p >= 0 && p <= 1 else {
            throw TorchError.runtime("bernoulli_ expects p to be in [0, 1], but got p=\(PythonFloat.repr(p))")
        }
        let draws = (0..<Shape.numel(shape)).map { _ -> Double in
            Double(random64() & ((1 << 53) - 1)) * 0x1p-53 < p ? 1 : 0
        }
        return Tensor(doubles: draws, shape: shape).cast(to: dtype)
    }
}
