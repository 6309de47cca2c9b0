"""The qualification call: its questions, outcome, the record it leaves, its use cases.

call: questions and move rules; record: what a call stores; service: start, record, undo, drafts.
"""
