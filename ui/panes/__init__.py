"""The navigation panes: one module per area, each with a ``Pane(session, parent)``."""
