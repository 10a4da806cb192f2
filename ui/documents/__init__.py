"""文档: preparing, previewing, printing and issuing the office's documents; the register.
"""
