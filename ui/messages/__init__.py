"""网民留言: 一日一览, the weekly reply batch, and the list of all messages.
"""
