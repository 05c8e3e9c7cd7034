"""The bundled article (data package, so that a non-editable install has it too)."""
