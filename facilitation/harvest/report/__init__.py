"""The harvest report as a Word document: content read in one go, written on the organiser's
template with its styles, in the order of the reference harvests.

Everything here returns bytes; pages and the command line only hand them out.
"""

# Kinds of section that plug into the report with ``builder.add_part`` register on import.
from facilitation.harvest.report import scans_part as scans_part
