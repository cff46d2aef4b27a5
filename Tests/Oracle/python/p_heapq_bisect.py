import heapq
import bisect

scores = [5, 1, 8, 3, 9, 2]
heap = []
for s in scores:
    heapq.heappush(heap, s)
print(heap, heapq.heappop(heap), heap)
print(heapq.nlargest(3, scores), heapq.nsmallest(2, scores), heapq.nlargest(2, ["a", "bbb", "cc"], key=len))
h = [(0.5, "b"), (0.1, "a"), (0.9, "c")]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge([1, 4, 7], [2, 5], [3])))
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 4))
bisect.insort(xs, 4)
print(xs, bisect.bisect_left(xs, 10, hi=3))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
heapq.heappop([])
