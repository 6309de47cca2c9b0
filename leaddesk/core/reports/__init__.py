"""Reports: the funnel and its splits, timing, tables, and the use case that computes them.

funnel: reached-a-stage counts; timing: days in stage, calls per week; tables: what is shown and exported.
"""
