"""Where a Chinese text may break between words (for titles, which must never split a word).

jieba's dictionary (shipped inside the package) cuts the text into words; its HMM guess
for unknown words is off, because it happily glues characters across a word boundary
("日至", "对市"). Names the document knows (units, numbers) are passed in as ``keep``
and never broken, nor are the office's own terms that the dictionary lacks.

Loading the dictionary takes about a second, once per process, on first use.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

# Terms of the office's work that jieba's general dictionary cuts in two.
OFFICE_TERMS: tuple[str, ...] = (
    "督查", "督办", "交办", "催办", "批示件", "常委会", "决定事项", "落实情况", "督查室",
    "办公厅", "通报批评", "督办通知单", "催办通知", "反馈表", "网民留言", "回访复核",
    "重点工作", "领导批示件", "督查落实", "决策部署", "跨江桥梁", "城中村", "征地拆迁",
    "五象新区", "青秀山", "北部湾经济区", "保障性住房", "棚户区",
)

_lock = threading.Lock()
_tokenizer = None


def _jieba():
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            tok.initialize()
            for term in OFFICE_TERMS:
                tok.add_word(term, freq=tok.suggest_freq(term, tune=False) + 1)
            _tokenizer = tok
        return _tokenizer


def word_boundaries(text: str, keep: Iterable[str] = ()) -> set[int]:
    """Offsets ``i`` (0 < i < len(text)) where ``text[:i]`` and ``text[i:]`` meet between words."""
    tok = _jieba()
    cuts: set[int] = set()
    pos = 0
    for word in tok.cut(text, HMM=False):
        pos += len(word)
        if pos < len(text):
            cuts.add(pos)
    for name in keep:
        if not name:
            continue
        start = text.find(name)
        while start >= 0:
            cuts.difference_update(range(start + 1, start + len(name)))
            start = text.find(name, start + 1)
    return cuts
