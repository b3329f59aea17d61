"""Capture without typing: calendar invitations and employers' replies."""
