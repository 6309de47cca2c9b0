"""The reports' charts: matplotlib's Qt canvas, coloured from the window's palette.

Imported only when the reports page opens, so matplotlib never slows the start of the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from leaddesk.ui.formatting import format_number

#: Series colours that read on light and dark backgrounds alike.
SERIES = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#EECA3B", "#9D755D")
MAX_BARS = 12


@dataclass(frozen=True, slots=True)
class ChartColours:
    background: str
    foreground: str
    grid: str
    series: tuple[str, ...] = SERIES


def palette_colours(widget: QWidget) -> ChartColours:
    """The chart colours for the widget's current (light or dark) palette."""
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = palette.color(QPalette.ColorRole.Mid)
    return ChartColours(window.name(), text.name(), grid.name())


class ChartCanvas(FigureCanvasQTAgg):
    """A figure on the page; ``draw_chart`` repaints it in the palette's colours."""

    #: the last chart drawn (a class default: Qt sends events while the canvas is being built)
    _painter: Callable[[Figure, ChartColours], None] | None = None

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Figure(figsize=(6, 3), layout="constrained"))
        self.setParent(parent)
        # matplotlib gives its canvas a fixed white palette; inherit the window's instead.
        self.setPalette(QPalette())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def draw_chart(self, painter: Callable[[Figure, ChartColours], None] | None = None) -> None:
        """Clear and draw with ``painter`` (or the last one again, e.g. after a palette change)."""
        if painter is not None:
            self._painter = painter
        colours = palette_colours(self)
        self.figure.clear()
        self.figure.set_facecolor(colours.background)
        if self._painter is not None:
            self._painter(self.figure, colours)
            for axes in self.figure.axes:
                style_axes(axes, colours)
        self.draw_idle()

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light ↔ dark) repaints the chart in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.draw_chart()

    def save_png(self, path: Path) -> None:
        """Save the chart as it looks, at print resolution."""
        self.figure.savefig(path, format="png", dpi=150, facecolor=self.figure.get_facecolor())


def style_axes(axes: Axes, colours: ChartColours) -> None:
    axes.set_facecolor(colours.background)
    axes.tick_params(colors=colours.foreground, labelsize=8)
    axes.title.set_color(colours.foreground)
    axes.xaxis.label.set_color(colours.foreground)
    axes.yaxis.label.set_color(colours.foreground)
    for spine in axes.spines.values():
        spine.set_color(colours.grid)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    legend = axes.get_legend()
    if legend is not None:
        legend.get_frame().set_facecolor(colours.background)
        legend.get_frame().set_edgecolor(colours.grid)
        for text in legend.get_texts():
            text.set_color(colours.foreground)


def _empty(axes: Axes, colours: ChartColours, message: str) -> None:
    axes.text(0.5, 0.5, message, ha="center", va="center", color=colours.foreground)
    axes.set_axis_off()


def funnel_chart(
    labels: Sequence[str], counts: Sequence[int], notes: Sequence[str], title: str, empty: str
) -> Callable[[Figure, ChartColours], None]:
    """Horizontal bars from Lead (top) to Customer, each noted with its conversion."""

    def paint(figure: Figure, colours: ChartColours) -> None:
        axes = figure.add_subplot()
        if not any(counts):
            _empty(axes, colours, empty)
            return
        positions = range(len(labels))
        axes.barh(positions, counts, color=colours.series[0])
        axes.set_yticks(list(positions), labels)
        axes.invert_yaxis()
        peak = max(counts)
        for y, (count, note) in enumerate(zip(counts, notes, strict=True)):
            axes.text(count + peak * 0.01, y, f"{format_number(count)}  {note}", va="center",
                      color=colours.foreground, fontsize=8)  # fmt: skip
        axes.set_xlim(0, peak * 1.3)
        axes.set_title(title, fontsize=10)

    return paint


def grouped_bars(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    title: str,
    empty: str,
    *,
    percent: bool = True,
    rotate: bool = True,
) -> Callable[[Figure, ChartColours], None]:
    """Side-by-side bars per label (at most MAX_BARS labels), one colour per series."""
    labels = list(labels)[:MAX_BARS]

    def paint(figure: Figure, colours: ChartColours) -> None:
        axes = figure.add_subplot()
        if not labels:
            _empty(axes, colours, empty)
            return
        width = 0.8 / max(len(series), 1)
        for n, (name, values) in enumerate(series):
            shown = [(v or 0) * (100 if percent else 1) for v in list(values)[: len(labels)]]
            xs = [i + (n - (len(series) - 1) / 2) * width for i in range(len(labels))]
            axes.bar(xs, shown, width, label=name, color=colours.series[n % len(colours.series)])
        axes.set_xticks(range(len(labels)), [_short(label) for label in labels])
        if rotate:
            axes.tick_params(axis="x", labelrotation=30)
            for tick in axes.get_xticklabels():
                tick.set_horizontalalignment("right")
        if percent:
            # PercentFormatter picks the decimals the ticks need (2.5 % stays 2.5 %).
            axes.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10]))
            axes.yaxis.set_major_formatter(PercentFormatter(xmax=100, symbol=" %"))
        axes.grid(axis="y", color=colours.grid, linewidth=0.5, alpha=0.5)
        axes.set_axisbelow(True)
        axes.legend(fontsize=8)
        axes.set_title(title, fontsize=10)

    return paint


def stacked_bars(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    title: str,
    empty: str,
) -> Callable[[Figure, ChartColours], None]:
    """Stacked counts per label (weeks), one colour per series (outcomes)."""

    def paint(figure: Figure, colours: ChartColours) -> None:
        axes = figure.add_subplot()
        if not labels:
            _empty(axes, colours, empty)
            return
        bottom = [0] * len(labels)
        for n, (name, values) in enumerate(series):
            axes.bar(range(len(labels)), values, 0.7, bottom=bottom, label=name,
                     color=colours.series[n % len(colours.series)])  # fmt: skip
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        step = max(1, len(labels) // 12)
        axes.set_xticks(range(0, len(labels), step), list(labels)[::step])
        axes.tick_params(axis="x", labelrotation=30)
        axes.grid(axis="y", color=colours.grid, linewidth=0.5, alpha=0.5)
        axes.set_axisbelow(True)
        axes.legend(fontsize=8)
        axes.set_title(title, fontsize=10)

    return paint


def side_by_side(
    *painters: Callable[[Figure, ChartColours], None],
) -> Callable[[Figure, ChartColours], None]:
    """Several charts in one figure, left to right."""

    def paint(figure: Figure, colours: ChartColours) -> None:
        for figure_part, painter in zip(figure.subfigures(1, len(painters)), painters, strict=True):
            figure_part.set_facecolor(colours.background)
            painter(figure_part, colours)

    return paint


def _short(label: str, limit: int = 22) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
