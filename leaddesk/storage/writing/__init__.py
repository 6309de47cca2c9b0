"""Files written for the user: exports, report workbooks, error workbooks, the demo pipeline.

sheets: .xlsx/.csv sinks; export: leads to a file; reports; error_workbook; demo.
"""
