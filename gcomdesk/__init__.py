"""gcomdesk: a desktop workbook for city and province GHG inventories (GPC, GCoM, CDP)."""

__version__ = "0.1.0"
