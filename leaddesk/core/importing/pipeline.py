"""An import's rows in chunks, decided in a second process while this one writes.

Validating, cleaning and matching a row is pure Python work that needs no database; writing
it is mostly the database's. For a big file a planner process decides chunk *n + 1* while
this process writes chunk *n*, so an import uses two cores. The planner sees every row in
file order and keeps the duplicate keys, so its answers are those of the one-process
:meth:`RowPlanner.plan`; what needs the open transaction (reading matched leads, merging,
writing) stays here. Small files are decided here: starting a process costs more.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, BinaryIO

from leaddesk.core.importing.duplicates import MatchIndex
from leaddesk.core.importing.mapping import ColumnMapping
from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.importing.rows import ChunkDraft, ChunkPlan, LoadCurrent, RowPlanner
from leaddesk.core.source_table import Row

try:
    import fcntl
except ImportError:  # Windows: the pipes keep their size
    fcntl = None  # type: ignore[assignment]

CHUNK_ROWS = 5000
#: From this many rows on the rows are decided in a planner process.
WORKER_FROM_ROWS = 20_000
AHEAD = 2  # chunks handed to the planner before the first answer is awaited
#: the pipes' size asked for (Linux allows up to 1 MiB by default)
PIPE_BYTES = 1 << 20

Decide = Callable[[LoadCurrent], ChunkPlan]


@dataclass(frozen=True)
class PlannerSetup:
    """What a planner process needs to build a planner equal to this process's one."""

    mapping: ColumnMapping
    options: ImportOptions
    index: MatchIndex
    sample: Sequence[Sequence[Any]]


def use_worker(expected_rows: int) -> bool:
    """A second process for big files, on a machine with a second core, outside a frozen
    bundle (which would start the whole application again as the child)."""
    return (
        expected_rows >= WORKER_FROM_ROWS
        and (os.cpu_count() or 1) > 1
        and not getattr(sys, "frozen", False)
    )


def decided_chunks(
    rows: Iterator[Row], planner: RowPlanner, setup: PlannerSetup | None
) -> Iterator[tuple[int, Decide]]:
    """(rows in the chunk, a call that decides it given the matched leads' reader), chunk
    by chunk in file order; with ``setup`` the chunks are drafted in a planner process.

    Close the iterator when stopping early (cancel, an error): that ends the process."""
    chunks = iter(lambda: list(islice(rows, CHUNK_ROWS)), [])
    if setup is None:
        for chunk in chunks:
            yield len(chunk), partial(planner.plan, chunk)
        return
    worker = PlannerProcess(setup)
    try:
        sizes: deque[int] = deque()
        for chunk in islice(chunks, AHEAD):
            worker.send(chunk)
            sizes.append(len(chunk))
        while sizes:
            draft = worker.receive()
            size = sizes.popleft()
            following = next(chunks, None)
            if following:
                worker.send(following)
                sizes.append(len(following))
            yield size, partial(planner.adopt, draft)
    finally:
        worker.stop()


class PlannerFailed(RuntimeError):
    """The planner process stopped without answering."""


class PlannerProcess:
    """A :class:`RowPlanner` in its own Python process: chunks in, drafts out, in order.

    A plain child interpreter over pipes (not :mod:`multiprocessing`, whose children run the
    parent's main script again): it ends when told to, or when this process is gone (its
    input closes)."""

    def __init__(self, setup: PlannerSetup) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self._process = subprocess.Popen(
            [sys.executable, "-m", __name__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        for pipe in (self._process.stdin, self._process.stdout):
            _widen(pipe)
        self._outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._pending = 0
        # Sending from a thread: a big chunk going out while a big draft comes back would
        # otherwise leave both processes waiting on full pipes.
        self._feeder = threading.Thread(target=self._feed, name="import-planner-feed", daemon=True)
        self._feeder.start()
        self._outbox.put(setup)

    def send(self, chunk: list[Row]) -> None:
        self._pending += 1
        self._outbox.put(chunk)

    def receive(self) -> ChunkDraft:
        assert self._process.stdout is not None
        try:
            answer = pickle.load(self._process.stdout)
        except EOFError:
            code = self._process.wait()
            raise PlannerFailed(f"the import's planner process ended (exit code {code})") from None
        self._pending -= 1
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def stop(self) -> None:
        """Ends the process: at once when answers are still due (a cancel, an error)."""
        self._outbox.put(None)
        if self._pending:
            self._process.kill()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._feeder.join(timeout=5)
        if self._process.stdout is not None:
            self._process.stdout.close()

    def _feed(self) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            while (item := self._outbox.get()) is not None:
                pickle.dump(item, stdin, protocol=pickle.HIGHEST_PROTOCOL)
                stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # the process was stopped
        finally:
            with suppress(OSError):
                stdin.close()


def _widen(pipe: Any) -> None:
    """A pipe that holds a whole chunk (about a megabyte pickled), where the system allows:
    with the usual 64 KiB, each chunk crosses in many writes, each waiting for the other
    side to read and for this process's busy main thread to let the feeding thread run."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)  # None without fcntl too
    if set_size is None or pipe is None:
        return
    with suppress(OSError):
        fcntl.fcntl(pipe.fileno(), set_size, PIPE_BYTES)


def serve(inbox: BinaryIO, outbox: BinaryIO) -> None:
    """The planner process: a setup, then chunks until the input ends or says stop."""
    setup: PlannerSetup = pickle.load(inbox)
    planner = RowPlanner(setup.mapping, setup.options, setup.index, setup.sample)
    while True:
        try:
            chunk = pickle.load(inbox)
        except EOFError:  # the importing process is gone
            return
        if chunk is None:
            return
        try:
            answer: Any = planner.draft(chunk)
        except Exception as err:  # handed to the importing process, which raises it
            answer = _picklable(err)
        pickle.dump(answer, outbox, protocol=pickle.HIGHEST_PROTOCOL)
        outbox.flush()
        if isinstance(answer, BaseException):
            return


def _picklable(err: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(err))
    except Exception:
        return PlannerFailed(f"{type(err).__name__}: {err}")
    return err


if __name__ == "__main__":
    # The pipe to the parent is a private copy of stdout; a stray print goes to stderr.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    serve(sys.stdin.buffer, answers)
