"""Reports: the funnel and timing views, their charts, tables and export.

view: the reports screen; charts and paint: matplotlib figures; table_model: the tables.
"""
