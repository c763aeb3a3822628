"""Streamlit glue shared by the pages: the dashboard frame, cached queries, URL state,
downloads, roles and the page list. Pages call these instead of touching DuckDB or files."""
