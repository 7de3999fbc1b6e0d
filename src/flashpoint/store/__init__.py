"""DuckDB storage: documents and events as flat tables, upserted by id."""

from .duckdb_store import Store, open_store

__all__ = ["Store", "open_store"]
