"""Who may see and change what: the one place every management route asks.

A caller who may not see a thing gets ``NotFoundError`` (exactly as for a missing one); a caller
who sees it but may not do this to it gets ``ForbiddenError``.
"""
