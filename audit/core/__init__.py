"""Core: the data model, text views, input reading, sentence splitting and settings.

Depends on nothing else in ``audit``; every other layer may use it.
"""
