import torch
w = torch.tensor([1., 2.], requires_grad=True)
def predictions(xs):
    with torch.no_grad():
        for x in xs:
            yield w * x
    yield w * 10
outs = list(predictions([1., 2.]))
for o in outs:
    print(o, o.requires_grad)
