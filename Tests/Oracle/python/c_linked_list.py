class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, val):
        self.head = Node(val, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        items = []
        while node:
            items.append(node.val)
            node = node.next
        return iter(items)
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(str(v) for v in self) or "empty"

ll = LinkedList()
print(ll, len(ll))
for v in [3, 2, 1]:
    ll.push(v)
print(ll, len(ll), list(ll))
