"""The qualification call: its questions, outcome, the record it leaves, its use cases.

questions, answers; outcomes: stages and move rules; proposal; record: what a call stores; service: start, record, undo, drafts.
"""
