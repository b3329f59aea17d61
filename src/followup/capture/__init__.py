"""Capture without typing (issue 15): calendar invitations and employers' replies."""
