"""The harvest as Word documents and exports: the report, feedback packs, CSV and JSON.

Everything here returns bytes; pages and the command line only hand them out.
"""
