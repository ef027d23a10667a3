"""The public side served to visitors: bot pages at ``/{publicId}`` and the built widget files."""
