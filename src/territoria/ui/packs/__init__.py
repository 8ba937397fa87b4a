"""Data packs in the app: import with preview, trusted keys, the watched folder, the agency space."""
