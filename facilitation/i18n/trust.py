"""Strings of trust under abuse: wall key rotation, logout, pre-moderation (review first)."""

ENTRIES: dict[str, tuple[str, str]] = {
    "error.address_busy": (
        "Er komt nu erg veel binnen vanaf dit netwerk. Je tekst blijft staan: probeer het over "
        "een minuut opnieuw.",
        "A great deal is coming in from this network right now. Your text is kept: try again in "
        "a minute.",
    ),
    "qr.wall_rotate": ("Nieuwe muur-link maken", "Make a new wall link"),
    "qr.wall_rotate_help": (
        "De oude muur-link werkt daarna niet meer: open muren stoppen binnen een tel.",
        "The old wall link stops working: open walls stop within a second.",
    ),
    "premod.switch": (
        "Eerst beoordelen voordat het op de muur komt",
        "Review before it shows on the wall",
    ),
    "premod.switch_help": (
        "Bijdragen van telefoons verschijnen pas op de muur en in de verslaglegging als je ze "
        "hier goedkeurt.",
        "Contributions from phones show on the wall and in the harvest only once you approve "
        "them here.",
    ),
    "premod.waiting": (
        "{count} {count:bijdrage wacht|bijdragen wachten} op beoordeling",
        "{count} {count:contribution awaits|contributions await} review",
    ),
    "premod.approve": ("Goedkeuren", "Approve"),
    "premod.reject": ("Afwijzen", "Reject"),
    "premod.approve_all": ("Alles goedkeuren", "Approve all"),
    "phone.receipt_review": (
        "✓ Ontvangen: je bijdrage nr. {number}. Die wacht op beoordeling door de facilitator "
        "en komt daarna op de muur.",
        "✓ Received: your contribution no. {number}. It awaits review by the facilitator and "
        "then shows on the wall.",
    ),
    "phone.awaiting_review": ("wacht op beoordeling", "awaiting review"),
}
