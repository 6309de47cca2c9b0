"""Lead scoring: rules, the engine, bulk rescoring, the closed loop that learns from outcomes.

engine/batch/match: scores; loop: evidence; learn/candidates/selection: tables; service/suggestion.
"""
