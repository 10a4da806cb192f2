"""Widgets shared by several panes (pickers, the calendar, light delegates)."""
