"""Icons, translations, document templates and default settings."""
