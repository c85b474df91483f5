"""The event file: YAML in, YAML out (see docs/event-file.md)."""

from facilitation.eventfile.exporter import dump_yaml, export_event
from facilitation.eventfile.importer import import_event
from facilitation.eventfile.load import parse_event_file
from facilitation.eventfile.schema import EventFileModel

__all__ = ["EventFileModel", "dump_yaml", "export_event", "import_event", "parse_event_file"]
