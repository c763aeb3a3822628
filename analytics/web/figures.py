"""Plotly figures that every session of a view draws alike, serialised once.

``st.plotly_chart(fig)`` copies the whole figure (``fig.to_dict()``, a deep copy), encodes it as
JSON and hashes that on every run: 5-8 ms of CPU per chart per view on the tracker, for bytes
that are the same for everyone who opens the view. A ``DrawnFigure`` is the figure's dict with
its JSON, made once (``views.view``); Streamlit's two calls are answered from it (``install``).
Any other figure goes through Plotly as before.
"""

from __future__ import annotations

import threading

import plotly.graph_objects as go


class DrawnFigure(dict):
    """A figure as ``st.plotly_chart`` sends it: its dict (what Plotly's ``to_dict`` gives) and
    its JSON. Shared by every session of a view: nobody changes it."""

    __slots__ = ("json",)

    @classmethod
    def of(cls, fig: go.Figure) -> "DrawnFigure":
        import plotly.io

        drawn = cls(fig.to_dict())
        # the dict's JSON is the figure's (Plotly's to_json of a figure encodes its to_dict): one copy, not two
        drawn.json = plotly.io.to_json(dict(drawn), validate=False)
        return drawn


_installed = False
_install_lock = threading.Lock()


def install() -> None:
    """Let Streamlit's plotly_chart take a ``DrawnFigure`` as it is (once per process)."""
    global _installed
    if _installed:
        return
    with _install_lock:
        if _installed:
            return
        import plotly.io
        import plotly.tools

        to_figure, to_json = plotly.tools.return_figure_from_figure_or_data, plotly.io.to_json

        def return_figure_from_figure_or_data(figure_or_data, validate_figure):
            if isinstance(figure_or_data, DrawnFigure):
                return figure_or_data  # validated when it was made from a go.Figure
            return to_figure(figure_or_data, validate_figure)

        def to_json_drawn(fig, *args, **kwargs):
            if isinstance(fig, DrawnFigure) and not args and set(kwargs) <= {"validate"}:
                return fig.json
            return to_json(fig, *args, **kwargs)

        plotly.tools.return_figure_from_figure_or_data = return_figure_from_figure_or_data
        plotly.io.to_json = to_json_drawn
        _installed = True
