"""API keys: creation, revocation, and the `Authorization: Bearer` check on writes."""
