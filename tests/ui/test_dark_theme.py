"""The dark theme, as drawn: check boxes, radio buttons, input borders, the side panel's title
buttons, the call's proposal banner and the fit grades stand out from their ground (≥ 3:1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from leaddesk.core.stages import Stage
from leaddesk.ui.board.card_delegate import AMBER, RED, blend
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.qualification.form import open_qualification_form
from leaddesk.ui.tasks import wait_for_background_work
from leaddesk.ui.theme import (
    GRADE_COLOURS,
    apply_theme,
    contrast_ratio,
    grade_colour,
    late_colour,
    palette,
)

EDGE = 3.0  # WCAG's ratio for the parts of a control that say it is there


@pytest.fixture(params=[True, False], ids=["dark", "light"])
def dark(request: pytest.FixtureRequest) -> Iterator[bool]:
    apply_theme("dark" if request.param else "light")
    yield request.param
    apply_theme("light")


@pytest.fixture
def window(qtbot, workspace, dark) -> MainWindow:
    lead = workspace.leads.create_lead({"first_name": "Olivia", "company": "Kestrel"}).value
    workspace.leads.move_lead(lead.id, Stage.MQL)
    workspace.leads.move_lead(lead.id, Stage.SAL)
    win = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    wait_for_background_work(10_000)
    QApplication.processEvents()
    return win


def strongest_contrast(image: QImage, area: QRect, ground: QColor) -> float:
    """The highest contrast of any pixel of ``area`` against ``ground``."""
    area = area.intersected(image.rect())
    return max(
        contrast_ratio(QColor(image.pixel(x, y)), ground)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def indicator_edge(button: QAbstractButton) -> float:
    """How well the box or circle of a check box or radio button stands out (its edge)."""
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    box = button.style().subElementRect(element, option, button)
    image = button.grab().toImage()
    ground = QColor(image.pixel(box.center()))  # inside the box: the fill
    around = button.palette().color(QPalette.ColorRole.Window)
    rim = QRect(box.left(), box.top(), box.width(), 2)  # the top of the edge
    return min(strongest_contrast(image, rim, ground), strongest_contrast(image, rim, around))


def test_the_mine_check_box_stands_out(window, dark) -> None:
    mine = window.board.filter_bar.mine
    assert indicator_edge(mine) >= EDGE


def test_input_borders_stand_out(window, dark) -> None:
    edit: QLineEdit = window.board.filter_bar.text_edit
    image = edit.grab().toImage()
    around = window.palette().color(QPalette.ColorRole.Window)
    inside = edit.palette().color(QPalette.ColorRole.Base)
    left = QRect(0, 4, 2, edit.height() - 8)
    assert strongest_contrast(image, left, inside) >= EDGE
    assert strongest_contrast(image, left, around) >= EDGE


def test_the_side_panels_title_buttons_stand_out(window, dark) -> None:
    dock = window.detail_dock
    buttons = [b for b in dock.findChildren(QAbstractButton) if b.parent() is dock]
    assert len(buttons) >= 2  # close and float
    ground = dock.palette().color(QPalette.ColorRole.Window)
    for button in buttons:
        image = button.grab().toImage()
        assert strongest_contrast(image, image.rect(), ground) >= EDGE, button.objectName()


def test_the_call_forms_radio_buttons_and_banner_follow_the_theme(window, dark) -> None:
    lead_id = window.board.columns[Stage.SAL].model.ids[0]
    form = open_qualification_form(window, lead_id)
    assert form is not None
    QApplication.processEvents()
    for radio in form.findChildren(QRadioButton):
        assert indicator_edge(radio) >= EDGE, radio.text()
    banner: QWidget = form.outcome_panel.proposal_label
    image = banner.grab().toImage()
    ground = QColor(image.pixel(2, 2))
    window_ground = window.palette().color(QPalette.ColorRole.Window)
    assert (ground.lightness() < 128) == dark  # no light yellow on the dark palette
    assert contrast_ratio(ground, window_ground) < 3 or not dark  # a tint, not a hole
    assert strongest_contrast(image, image.rect(), ground) >= 4.5  # its text
    form.reject()


@pytest.mark.parametrize("is_dark", [False, True], ids=["light", "dark"])
def test_every_fit_grade_reads_on_every_card(is_dark) -> None:
    pal = palette(is_dark)
    base = pal.color(QPalette.ColorRole.Base)
    for grade in GRADE_COLOURS:
        colour = grade_colour(grade, pal)
        # on a fresh card, and on a stale one (tinted amber or red)
        for ground in (base, blend(base, AMBER, 0.16), blend(base, RED, 0.16)):
            assert contrast_ratio(colour, ground) >= EDGE, (grade, ground.name())


@pytest.mark.parametrize("is_dark", [False, True], ids=["light", "dark"])
def test_late_rows_in_my_day_read_on_both_palettes(is_dark) -> None:
    pal = palette(is_dark)
    assert contrast_ratio(late_colour(pal), pal.color(QPalette.ColorRole.Base)) >= 4.5
