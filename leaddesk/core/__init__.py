"""The domain: pure Python, no Qt, no SQLAlchemy, no file formats.

The shared domain (leads, stages, changes, errors, values …) at this level; one package per feature beside it.
"""
