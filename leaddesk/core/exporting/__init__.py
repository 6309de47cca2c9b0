"""Export, the pure part: what is exported, the columns, the funnel, formula safety.

plan: the columns and rows; storage.writing writes them to .xlsx or .csv.
"""
