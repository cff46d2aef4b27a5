# np.histogram as numpy/lib/_histograms_impl.py computes it: equal-width bins counted through
# their computed indices (with numpy's one-ULP corrections), explicit edges through searchsorted.

import numpy as np


def _get_outer_edges(a, range):
    if range is not None:
        first_edge, last_edge = range
        if first_edge > last_edge:
            raise ValueError('max must be larger than min in range parameter.')
        if not (np.isfinite(first_edge) and np.isfinite(last_edge)):
            raise ValueError(f"supplied range of [{first_edge}, {last_edge}] is not finite")
    elif a.size == 0:
        first_edge, last_edge = 0, 1
    else:
        first_edge, last_edge = a.min().item(), a.max().item()
        if not (np.isfinite(first_edge) and np.isfinite(last_edge)):
            raise ValueError(f"autodetected range of [{first_edge}, {last_edge}] is not finite")
    if first_edge == last_edge:
        first_edge = first_edge - 0.5
        last_edge = last_edge + 0.5
    return first_edge, last_edge


def histogram(a, bins=10, range=None, density=None, weights=None):
    """Counts (or weight sums, or densities) of a's values in bins, and the bin edges."""
    a = np.asarray(a).ravel()
    if weights is not None:
        weights = np.asarray(weights)
        if weights.shape != a.shape:
            raise ValueError('weights should have the same shape as a.')
        weights = weights.ravel()
    if isinstance(bins, str):
        raise NotImplementedError("np.histogram's bin estimators (bins='auto', ...) are not supported by gradstep")
    ntype = np.intp if weights is None else weights.dtype
    if np.ndim(bins) == 0:
        try:
            n_equal_bins = int(bins)
        except TypeError as e:
            raise TypeError('`bins` must be an integer, a string, or an array') from e
        if n_equal_bins < 1:
            raise ValueError('`bins` must be positive, when an integer')
        first_edge, last_edge = _get_outer_edges(a, range)
        bin_type = np.result_type(first_edge, last_edge, a)
        if np.issubdtype(bin_type, np.integer):
            bin_type = np.result_type(bin_type, float)
        bin_edges = np.linspace(first_edge, last_edge, n_equal_bins + 1, endpoint=True, dtype=bin_type)
        keep = (a >= first_edge) & (a <= last_edge)
        tmp_a = a[keep].astype(bin_edges.dtype)
        tmp_w = weights[keep] if weights is not None else None
        norm_numerator = n_equal_bins
        norm_denom = last_edge - first_edge
        f_indices = ((tmp_a - first_edge) / norm_denom) * norm_numerator
        indices = f_indices.astype(np.intp)
        indices[indices == n_equal_bins] -= 1
        decrement = tmp_a < bin_edges[indices]
        indices[decrement] -= 1
        increment = (tmp_a >= bin_edges[indices + 1]) & (indices != n_equal_bins - 1)
        indices[increment] += 1
        n = np.bincount(indices, weights=tmp_w, minlength=n_equal_bins).astype(ntype)
    else:
        bin_edges = np.asarray(bins)
        if bin_edges.ndim != 1:
            raise ValueError('`bins` must be 1d, when an array')
        if np.any(bin_edges[:-1] > bin_edges[1:]):
            raise ValueError('`bins` must increase monotonically, when an array')
        if weights is None:
            sa = np.sort(a)
            cum_n = np.concatenate((np.searchsorted(sa, bin_edges[:-1], 'left'),
                                    np.searchsorted(sa, bin_edges[-1:], 'right')))
        else:
            sorting_index = np.argsort(a)
            sa = a[sorting_index]
            sw = weights[sorting_index]
            cw = np.concatenate((np.zeros(1, dtype=sw.dtype), sw.cumsum()))
            bin_index = np.concatenate((np.searchsorted(sa, bin_edges[:-1], 'left'),
                                        np.searchsorted(sa, bin_edges[-1:], 'right')))
            cum_n = cw[bin_index]
        n = np.diff(cum_n)
    if density:
        db = np.diff(bin_edges).astype(float)
        return n / db / n.sum(), bin_edges
    return n, bin_edges
