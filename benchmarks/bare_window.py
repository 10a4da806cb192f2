"""A bare PySide6 window, started and quit the way ``DUCHA_EXIT_WHEN_IDLE=1`` quits the
application: at the first moment the event loop would wait with the window painted.

    python benchmarks/bare_window.py

Prints ``ducha-start: window-idle T first-screen T cpu-window-idle C cpu-first-screen C``
(``time.time()`` and the processor time used) to stderr, as the application does, so ``benchmarks/run.py`` times both the same way. Only PySide6 is
imported: this is the floor any Qt start stands on.
"""
import sys
import time

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Clock(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            self.painted = True
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("督查工作台")
    window.setCentralWidget(QLabel("督查工作台"))
    window.resize(1280, 800)
    window.show()
    clock = Clock(window)
    dispatcher = QAbstractEventDispatcher.instance()

    def about_to_block():
        if clock.painted:
            now, cpu = time.time(), time.process_time()
            print(f"ducha-start: window-idle {now:.6f} first-screen {now:.6f} cpu-window-idle {cpu:.6f} "
                  f"cpu-first-screen {cpu:.6f}", file=sys.stderr, flush=True)
            dispatcher.aboutToBlock.disconnect(about_to_block)
            app.quit()

    dispatcher.aboutToBlock.connect(about_to_block)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
