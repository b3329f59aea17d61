"""Insights: the journal (A4), statistics (A5), export and import, and backups.

Every module here is imported lazily by the commands that need it, so start-up stays fast.
"""
