"""Plain value types and vocabularies shared by every layer (no Qt, no SQL)."""
