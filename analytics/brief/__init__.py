"""The province meeting brief: its content from the data (``content``) and its HTML/PDF
rendering (``render``)."""
