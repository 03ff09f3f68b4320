"""Long work off the GUI thread: a core function runs on QThreadPool and reports by signal.

The function receives a `TaskState`: `report(done, total)` for progress and `cancelled` to stop
early. Results, errors and progress come back to the GUI thread through queued signals; only
the GUI thread touches widgets. One `TaskRunner` per window runs one task at a time.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a task function to stop after a cancel request."""


class TaskState:
    """What a running task sees: progress reporting and the cancel flag."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Report progress (thread-safe); raises Cancelled once a cancel was requested."""
        self._signals.progress.emit(int(done), int(total))
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def cancelled(self) -> bool:
        """True once cancel was requested."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the task to stop."""
        self._cancel.set()


class _CollectorPause:
    """Keeps Python's cyclic garbage collector off while any task runs.

    Garbage can hold Qt objects (widgets of closed pages, say); if a worker thread's allocations
    trigger a collection, they are destroyed off the GUI thread and Qt crashes. So the collector
    runs on the GUI thread only: it is switched off when the first task starts and run once after the
    last one ends.
    Start and end are both seen on the GUI thread (the end through the task's queued signal)."""

    def __init__(self) -> None:
        self._running = 0
        self._was_enabled = True

    def task_started(self) -> None:
        if self._running == 0:  # no collection here: it would hold up the GUI (tens of ms) at every edit
            self._was_enabled = gc.isenabled()
            gc.disable()
        self._running += 1

    def task_ended(self) -> None:
        self._running -= 1
        if self._running == 0:
            if self._was_enabled:
                gc.enable()
            gc.collect()


_COLLECTOR = _CollectorPause()


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], state: TaskState, signals: _Signals) -> None:
        super().__init__()
        self._fn, self._state, self._signals = fn, state, signals

    def run(self) -> None:
        try:
            result = self._fn(self._state)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class TaskRunner(QObject):
    """Runs one task at a time and tells the window about it."""

    started = Signal(str)  # label
    progress = Signal(int, int)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: TaskState | None = None
        self._signals: _Signals | None = None
        self.label = ""

    @property
    def busy(self) -> bool:
        """True while a task runs."""
        return self._state is not None

    def start(self, label: str, fn: Callable[[TaskState], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None] | None = None) -> TaskState:
        """Run `fn(state)` on the thread pool; `on_done(result)` or `on_error(exc)` run on the GUI thread."""
        if self._state is not None:
            self._state.cancel()  # replaced: its result will be dropped
        signals = _Signals()  # created here, so it lives on the GUI thread
        state = TaskState(signals)
        self._state, self._signals, self.label = state, signals, label

        def finish(callback, value) -> None:
            if self._state is not state:
                return  # a newer task replaced this one
            self._state, self._signals = None, None
            try:
                if callback is not None:
                    callback(value)
                elif isinstance(value, BaseException) and not isinstance(value, Cancelled):
                    sys.excepthook(type(value), value, value.__traceback__)
            finally:
                if self._state is None:  # the callback may have started the next step of the work
                    self.idle.emit()

        def ended(callback, value) -> None:
            _COLLECTOR.task_ended()  # the worker has finished, whether or not it was replaced
            if shiboken6.isValid(self):  # else the window that asked has gone (closed while the task ran)
                finish(callback, value)

        signals.progress.connect(self.progress)
        signals.done.connect(lambda result: ended(on_done, result))
        signals.failed.connect(lambda exc: ended(None if isinstance(exc, Cancelled) else on_error, exc))
        self.started.emit(label)
        _COLLECTOR.task_started()
        QThreadPool.globalInstance().start(_Task(fn, state, signals))
        return state

    def cancel(self) -> None:
        """Stop waiting for the running task: it is asked to stop and its result is dropped."""
        if self._state is not None:
            self._state.cancel()
            self._state, self._signals = None, None
            self.idle.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (used when closing the window)."""
        return QThreadPool.globalInstance().waitForDone(msecs)


def failure_text(exc: BaseException, lang: str) -> str | None:
    """What to tell the officer when a task failed: the message of a refusal gcomdesk explains (a
    GcomdeskError in `lang`) or of the system (an OSError: disk full, no permission). Anything else
    is a defect: reported like any crash (sys.excepthook), and None is returned."""
    from gcomdesk.core.errors import GcomdeskError

    if isinstance(exc, GcomdeskError):
        return exc.render(lang)
    if isinstance(exc, OSError):
        return str(exc)
    sys.excepthook(type(exc), exc, exc.__traceback__)
    return None
