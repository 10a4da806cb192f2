"""The PySide6 windows. The only layer that imports Qt."""
