"""Texts of the faults of the machine rather than of a file: a read-only or damaged warehouse, a full disk,
no permission. Each says what happened, that nothing was changed, and what to do."""

TEXTS = {
    "fault.read_only": {
        "sv": "{path} är skrivskyddad; ingenting ändrades. Ta bort skrivskyddet (chmod u+w) eller välj ett annat "
        "lager med PREVCAP_DB.",
        "en": "{path} is read-only; nothing was changed. Remove the protection (chmod u+w) or choose another "
        "warehouse with PREVCAP_DB.",
    },
    "fault.damaged": {
        "sv": "lagret {path} är skadat eller är inte ett prevcap-lager; ingenting ändrades. Lagret går alltid att "
        "bygga om från liggaren, där användarnas data finns: python -m etl build",
        "en": "the warehouse {path} is damaged or is not a prevcap warehouse; nothing was changed. It can always be "
        "rebuilt from the ledger, which holds the users' data: python -m etl build",
    },
    "fault.ledger_damaged": {
        "sv": "liggaren {path} går inte att läsa; ingenting ändrades. Liggaren håller användarnas data och byggs "
        "aldrig om: återställ den från säkerhetskopian och försök igen.",
        "en": "the ledger {path} cannot be read; nothing was changed. The ledger holds the users' data and is never "
        "rebuilt: restore it from the backup and try again.",
    },
    "fault.is_directory": {
        "sv": "är en mapp, inte en fil; ange filen i mappen",
        "en": "is a folder, not a file; give the file inside it",
    },
    "fault.disk_full": {
        "sv": "disken är full; ingenting ändrades (lagret och liggaren är som förut). Frigör utrymme och försök igen.",
        "en": "the disk is full; nothing was changed (the warehouse and the ledger are as they were). Free some "
        "space and try again.",
    },
    "fault.permission": {
        "sv": "behörighet saknas att skriva {path}; ingenting ändrades",
        "en": "no permission to write {path}; nothing was changed",
    },
    "fault.msg.set_aside": {
        "sv": "{path} gick inte att läsa och har flyttats undan till {aside}; ett nytt lager byggs från liggaren.",
        "en": "{path} could not be read and was moved aside to {aside}; a new warehouse is built from the ledger.",
    },
}
