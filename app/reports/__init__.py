"""Reports and pivots over the replica (issue 19, item 5) and a manager's dashboard (item 6):
pure Python and SQL (GROUP BY in SQLite), no Qt, no network: they run offline for a rep's
book and a manager's branch alike."""

from .dashboard import Dashboard, StageFigure, TierDrop, TopCustomer, read_dashboard
from .pivot import DrillRecord, Pivot, PivotEngine, PivotSpec, UnknownReport, dimensions_of
from .ready import READY, Extra, Report, Reports
from .sources import AGEING, DIMENSIONS, MEASURES, PIVOT_DIMENSIONS, PIVOT_MEASURES, STAGES
from .views import SavedView, SavedViews

__all__ = [
    "AGEING",
    "DIMENSIONS",
    "MEASURES",
    "PIVOT_DIMENSIONS",
    "PIVOT_MEASURES",
    "READY",
    "STAGES",
    "Dashboard",
    "DrillRecord",
    "Extra",
    "Pivot",
    "PivotEngine",
    "PivotSpec",
    "Report",
    "Reports",
    "SavedView",
    "SavedViews",
    "StageFigure",
    "TierDrop",
    "TopCustomer",
    "UnknownReport",
    "dimensions_of",
    "read_dashboard",
]
