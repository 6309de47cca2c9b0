"""Activity files (email, form and analytics exports) turned into interactions.

events: what a row means; words: column and event names in four languages; service: the use cases.
"""
