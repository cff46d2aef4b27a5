# Edge cases of the newer reductions and arrangements that course code hits by accident: empty
# tensors, 0-d inputs, out-of-order split indices, degenerate ranges (PyTorch's results and errors).
import torch
cases = [
 "torch.combinations(torch.tensor([1]), r=3, with_replacement=True)",
 "torch.histogram(torch.tensor([1.,2.]), bins=2, range=(3., 1.))",
 "torch.histogram(torch.tensor([1.,2.]), bins=2, range=(float('inf'), 1.))",
 "torch.kthvalue(torch.tensor([]), 0)",
 "torch.tensor([[]]).mode(1)",
 "torch.tensor([]).unique(return_counts=True)",
 "torch.tensor([]).cummax(0)",
 "torch.tensor(3.).logcumsumexp(0)",
 "torch.tensor(3.).cummin(0)",
 "torch.tensor([[1.]]).quantile(0.5, dim=1)",
 "torch.searchsorted(torch.tensor([]), torch.tensor([1.]))",
 "torch.tensor([1.,2.]).index_add(0, torch.tensor([[0]]), torch.ones(1))",
 "torch.rot90(torch.ones(0, 3))",
 "torch.block_diag()",
 "torch.tensor_split(torch.ones(3), [5, 1])",
 "torch.linalg.matrix_power(torch.ones(0, 0), 3)",
 "torch.meshgrid()",
 "torch.cartesian_prod()",
 "torch.std_mean(torch.tensor([]))",
 "torch.aminmax(torch.ones(2, 0), dim=0)",
 "torch.nanmean(torch.tensor([float('nan')]))",
 "torch.cov(torch.tensor([1.]))",
 "torch.corrcoef(torch.ones(2, 3))",
 "torch.tensordot(torch.ones(2), torch.ones(2), dims=5)",
 "torch.kron(torch.ones(0), torch.ones(3))",
 "torch.unique(torch.ones(2, 3), dim=5)",
 "torch.mode(torch.tensor(3))",
 "torch.median(torch.tensor(3.), 0)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", r if not hasattr(r, 'shape') or r.numel() < 20 else r.shape)
    except Exception as e:
        print(c, "->", type(e).__name__, str(e)[:150])
