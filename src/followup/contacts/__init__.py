"""People as first-class records: contacts, business cards, the LinkedIn network (C4, C5, A2, A3).

The modules here are pure (parsing, normalising, matching) except `service` and `network`,
which act on a Store. Heavy libraries (vobject, rapidfuzz, phonenumbers, email-validator) are
imported inside the functions that need them, so the command line starts fast.
"""
