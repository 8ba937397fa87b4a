"""Windows that fit the screen: opened within the available area, centred, their size remembered.

Every dialog calls :func:`fit_window` once in its constructor instead of ``resize``: the
window gets its remembered size (setting ``window/sizes``, one entry per window name) or its
default, never more than the screen's available geometry (the screen minus task bars and
docks) leaves once its frame is counted; when first shown (its frame known then) it is sized
again and centred over its parent (else the screen), inside that area — unless the caller
resized it in between. Its size is remembered when it is hidden.
The main window uses :func:`fit_main_window` (its geometry and bar layout are kept as Qt's
own bytes, then clamped the same way).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from territoria.settings import WINDOW_SIZES, Settings

#: What a title bar and borders take when the window system has not said it yet (before the
#: first show): a little more than most desktops draw, so that the frame still fits.
FRAME_RESERVE = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The available geometry of the screen ``widget`` (or its parent window) is on, else the primary's."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        owner = parent.window() if parent is not None else widget
        screen = owner.screen() or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def frame_extra(widget: QWidget) -> QSize:
    """What the frame adds around ``widget`` (title bar, borders); :data:`FRAME_RESERVE` until it is known."""
    outer, inner = widget.frameGeometry().size(), widget.geometry().size()
    extra = QSize(outer.width() - inner.width(), outer.height() - inner.height())
    if not widget.isVisible() or (extra.width() <= 0 and extra.height() <= 0):
        return QSize(max(extra.width(), FRAME_RESERVE.width()), max(extra.height(), FRAME_RESERVE.height()))
    return extra


def fitted_size(wanted: QSize, area: QRect, frame: QSize) -> QSize:
    """``wanted`` (the inside of a window) shrunk so that it and its ``frame`` fit in ``area``."""
    return QSize(max(1, min(wanted.width(), area.width() - frame.width())),
                 max(1, min(wanted.height(), area.height() - frame.height())))


def placed(frame: QRect, area: QRect, over: QRect | None = None) -> QPoint:
    """Top-left corner of ``frame`` centred over ``over`` (else ``area``) and kept inside ``area``."""
    centre = (over if over is not None and over.isValid() else area).center()
    x = centre.x() - frame.width() // 2
    y = centre.y() - frame.height() // 2
    x = max(area.left(), min(x, area.right() + 1 - frame.width()))
    y = max(area.top(), min(y, area.bottom() + 1 - frame.height()))
    return QPoint(x, y)


def settings_of(widget: QWidget) -> Settings | None:
    """The settings of the window ``widget`` belongs to (the main window's ``settings``), else those
    of the application's main window (a dialog opened without a parent), if any."""
    parent = widget.parentWidget()
    while parent is not None:
        settings = getattr(parent, "settings", None)
        if isinstance(settings, Settings):
            return settings
        parent = parent.parentWidget()
    for top in QApplication.topLevelWidgets():
        settings = getattr(top, "settings", None)
        if top is not widget and isinstance(settings, Settings) and top.isVisible():
            return settings
    return None


def remembered_size(settings: Settings | None, name: str) -> QSize | None:
    """The size last remembered for the window ``name`` (None when none, or not two positive numbers)."""
    if settings is None:
        return None
    value = settings.get(WINDOW_SIZES).get(name)
    if (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and v > 0 for v in value)):
        return QSize(value[0], value[1])
    return None


def remember_size(settings: Settings | None, name: str, size: QSize) -> None:
    """Remember ``size`` for the window ``name``."""
    if settings is None or size.width() <= 0 or size.height() <= 0:
        return
    sizes = settings.get(WINDOW_SIZES)
    if sizes.get(name) != [size.width(), size.height()]:
        sizes[name] = [size.width(), size.height()]
        settings.set(WINDOW_SIZES, sizes)


def clamp_to_screen(window: QWidget, over: QRect | None = None, *, move: bool = True) -> None:
    """Shrink ``window`` into the available area of its screen and (``move``) centre it over ``over``."""
    area = available_area(window)
    frame = frame_extra(window)
    size = fitted_size(window.size(), area, frame)
    if size != window.size():
        window.resize(size)
    if move:
        outer = QRect(QPoint(0, 0), QSize(window.width() + frame.width(), window.height() + frame.height()))
        window.move(placed(outer, area, over))
    else:
        # only pull it back inside the area (a remembered position on a screen since gone)
        outer = window.frameGeometry()
        inside = placed(outer, area, outer)
        if inside != outer.topLeft():
            window.move(inside)


class _Fitter(QObject):
    """Event filter of a fitted window: clamp and centre when shown, remember the size when hidden."""

    def __init__(self, window: QWidget, name: str, settings: Settings | None, wanted: QSize) -> None:
        super().__init__(window)
        self.window = window
        self.name = name
        self.settings = settings
        #: The size asked for, until the first show (the frame is known then, not before)
        self.wanted: QSize | None = wanted
        #: The size given before the first show (another one: the caller chose it, it is kept)
        self.given = window.size()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """First show: fit and centre over the parent window; Hide: remember the size."""
        # a wrapper PySide made anew for a filter whose Python side is gone has no attributes
        if watched is getattr(self, "window", None):
            if event.type() == QEvent.Type.Show and self.wanted is not None:
                if self.window.size() == self.given:
                    self.window.resize(self.wanted.expandedTo(self.window.minimumSize()))
                    parent = self.window.parentWidget()
                    over = parent.window().frameGeometry() if parent is not None and parent.isVisible() else None
                    clamp_to_screen(self.window, over)
                self.wanted = None
            elif event.type() == QEvent.Type.Hide:
                remember_size(self.settings or settings_of(self.window), self.name, self.window.size())
        return False


def fit_window(window: QWidget, name: str, default: QSize, settings: Settings | None = None) -> None:
    """Give ``window`` its remembered (else ``default``) size within the screen; centre it when shown.

    ``name``: the key of its size in ``window/sizes``; ``settings``: where it is kept (default:
    the settings of the main window it belongs to; none: nothing is remembered).
    """
    settings = settings if settings is not None else settings_of(window)
    size = remembered_size(settings, name) or default
    window.resize(fitted_size(size, available_area(window), frame_extra(window)))
    fitter = _Fitter(window, name, settings, size)
    window.installEventFilter(fitter)
    window.__dict__["_window_fitter"] = fitter  # its Python side lives as long as the window's


class _MainFitter(QObject):
    """Event filter of the main window: on its first show (the frame is known), within the screen."""

    def __init__(self, window: QWidget, default: QSize | None) -> None:
        super().__init__(window)
        self.window = window
        self.default = default
        self.given = window.size()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """First show: the default size again now that the frame is known (no remembered geometry),
        clamped and centred; a remembered one only pulled inside the screen; a size the caller set
        since is kept. Then stop watching."""
        if event.type() == QEvent.Type.Show and watched is getattr(self, "window", None):
            self.window.removeEventFilter(self)
            if (self.window.size() == self.given and not self.window.isMaximized()
                    and not self.window.isFullScreen()):
                if self.default is not None:
                    self.window.resize(self.default)
                clamp_to_screen(self.window, move=self.default is not None)
        return False


def fit_main_window(window: QWidget, geometry: bytes, default: QSize) -> None:
    """The main window's remembered ``geometry`` (Qt's bytes), else ``default`` centred, always within the screen."""
    restored = bool(geometry) and window.restoreGeometry(geometry)
    if not restored:
        window.resize(default)
    if not window.isMaximized() and not window.isFullScreen():
        clamp_to_screen(window, move=not restored)
    fitter = _MainFitter(window, None if restored else default)
    window.installEventFilter(fitter)
    window.__dict__["_window_fitter"] = fitter  # its Python side lives as long as the window's
