"""Keep ``None`` alive under PySide6 builds that drop a reference to it on every void call.

PySide6 6.12.0 on CPython 3.11 returns ``None`` from every C++ ``void`` method without taking
a reference to it (``setText``, ``QPainter.setPen`` …), so each call lowers None's reference
count by one. A painted board makes thousands of such calls a second; when the count reaches
zero the interpreter aborts with "Fatal Python error: none_dealloc". CPython 3.12 made None
immortal (PEP 683); on older interpreters we do the same by hand, only when the fault shows.

The same build returns ``True`` from ``Signal.emit`` without a reference to it: every emitted
signal lowers True's count ("Fatal Python error: bool_dealloc"). True is guarded the same way.
"""

from __future__ import annotations

import ctypes
import sys

#: Enough references that no session, however long, can use them up.
IMMORTAL = 1 << 40


def void_calls_drop_none() -> bool:
    """True when calling a PySide6 void method lowers None's reference count."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def guard_none() -> bool:
    """Make None immortal if this PySide6 needs it; returns whether it did."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > IMMORTAL // 2:
        return False
    if not void_calls_drop_none():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += IMMORTAL
    return True


def emits_drop_true() -> bool:
    """True when emitting a PySide6 signal lowers True's reference count."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(64):
        probe.ping.emit()
    return sys.getrefcount(True) < before - 32


def guard_true() -> bool:
    """Make True immortal if this PySide6's signals need it; returns whether it did."""
    if sys.version_info >= (3, 12) or sys.getrefcount(True) > IMMORTAL // 2:
        return False
    if not emits_drop_true():
        return False
    ctypes.c_ssize_t.from_address(id(True)).value += IMMORTAL
    return True


guard_none()
guard_true()
