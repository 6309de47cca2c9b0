"""Lead scoring: rules, the engine, bulk rescoring, the closed loop that learns from outcomes.

engine: one lead's score; batch: many at once; match: operators; loop: learning; validation; service.
"""
