"""Strings of the action agenda: actions, drivers, sign-up, dot voting and the living agenda."""

_ERRORS: dict[str, tuple[str, str]] = {
    "error.action_not_found": (
        "Deze actie staat niet (meer) op de agenda. Kijk hieronder welke acties er zijn.",
        "This action is not (or no longer) on the agenda. See below which actions there are.",
    ),
    "error.action_not_open": (
        "Deze actie is afgerond of gestopt; aanmelden kan niet meer.",
        "This action is done or has stopped; signing up is no longer possible.",
    ),
    "error.kind_not_found": (
        "Deze soort actie bestaat niet (meer). Kies een andere soort.",
        "This kind of action does not exist (any more). Pick another kind.",
    ),
    "error.kind_in_use": (
        "Deze soort heeft nog {count} {count:actie. Verplaats of verwijder die|acties. Verplaats of verwijder die} eerst.",
        "This kind still holds {count} {count:action. Move or delete it|actions. Move or delete them} first.",
    ),
    "error.name_required": (
        "Vul je naam of je organisatie in, zodat iedereen weet wie meedoet.",
        "Fill in your name or your organisation, so everyone knows who takes part.",
    ),
    "error.consent_required": (
        "Kies minstens één: je naam bij de actie laten zien, of benaderd worden. "
        "Anders weet niemand dat je meedoet.",
        "Choose at least one: show your name with the action, or be contacted. "
        "Otherwise nobody knows you take part.",
    ),
    "error.email_without_consent": (
        "Je gaf een e-mailadres maar geen toestemming om benaderd te worden. "
        "Vink die toestemming aan, of laat het e-mailadres leeg.",
        "You gave an e-mail address but no consent to be contacted. "
        "Tick that consent, or leave the e-mail address empty.",
    ),
    "error.invalid_email": (
        "'{email}' lijkt geen e-mailadres. Controleer het, of laat het leeg.",
        "'{email}' does not look like an e-mail address. Check it, or leave it empty.",
    ),
    "error.signup_not_found": (
        "Deze aanmelding bestaat niet (meer), of is niet van jou.",
        "This sign-up does not exist (any more), or it is not yours.",
    ),
    "error.too_many_proposals": (
        "Je hebt al {limit} {limit:voorstel dat op de facilitator wacht. Wacht tot dat is bekeken|voorstellen die op de facilitator wachten. Wacht tot die zijn bekeken}.",
        "You already have {limit} {limit:proposal waiting for the facilitator. Wait until it is seen|proposals waiting for the facilitator. Wait until they are seen}.",
    ),
    "error.link_not_valid": (
        "Deze link is niet (meer) geldig. Vraag de organisator om een nieuwe.",
        "This link is not (or no longer) valid. Ask the organiser for a new one.",
    ),
    "error.vote_not_found": (
        "Deze stemming bestaat niet (meer).",
        "This vote does not exist (any more).",
    ),
    "error.vote_closed": (
        "De stemming is gesloten; je stippen tellen zoals ze stonden.",
        "The vote is closed; your dots count as they were.",
    ),
    "error.no_dots_left": (
        "{dots:Je hebt je stip al gezet|Je hebt al je # stippen verdeeld}. Haal er eerst een weg bij iets anders.",
        "{dots:You have placed your dot|You have placed all your # dots}. Take one away from something else first.",
    ),
    "error.too_many_on_one": (
        "Je kunt hoogstens {limit} {limit:stip|stippen} op één onderdeel zetten.",
        "You can put at most {limit} {limit:dot|dots} on one item.",
    ),
    "error.option_not_in_vote": (
        "Dit onderdeel doet niet (meer) mee aan de stemming.",
        "This item is not (or no longer) part of the vote.",
    ),
    "error.title_required": (
        "Geef het een titel.",
        "Give it a title.",
    ),
    "error.proposal_approved": (
        "Dit voorstel staat al op de agenda; vraag de facilitator als het eraf moet.",
        "This proposal is already on the agenda; ask the facilitator if it should go.",
    ),
}

_WORDS: dict[str, tuple[str, str]] = {
    "nav.agenda": ("Actieagenda", "Action agenda"),
    "nav.action": ("Actie bijwerken", "Update action"),
    "nav.fac_agenda": ("Actieagenda", "Action agenda"),
    "agenda.default.academy.title": (
        "Opleiding/training/kennis delen",
        "Training/knowledge sharing",
    ),
    "agenda.default.academy.column": ("Mogelijk aanbod Academy", "Possible Academy offer"),
    "agenda.default.academy.drivers": ("Mogelijke gangmakers", "Possible pacesetters"),
    "agenda.default.experiment.title": ("Experimenten", "Experiments"),
    "agenda.default.experiment.column": ("Experiment", "Experiment"),
    "agenda.default.experiment.drivers": ("Mogelijke trekker", "Possible lead"),
    "agenda.default.action.title": ("Losse acties", "Single actions"),
    "agenda.default.action.column": ("Losse actie", "Single action"),
    "agenda.default.action.drivers": ("Trekker", "Lead"),
    "agenda.status.proposed": ("voorgesteld", "proposed"),
    "agenda.status.running": ("loopt", "running"),
    "agenda.status.done": ("afgerond", "done"),
    "agenda.status.dropped": ("gestopt", "dropped"),
    "agenda.role.trekker": ("trekker", "lead"),
    "agenda.role.gangmaker": ("gangmaker", "pacesetter"),
    "agenda.role.meedoener": ("doet mee", "joins in"),
    "agenda.export.col.kind": ("Soort", "Kind"),
    "agenda.export.col.action": ("Actie", "Action"),
    "agenda.export.col.description": ("Omschrijving", "Description"),
    "agenda.export.col.status": ("Status", "Status"),
    "agenda.export.col.theme": ("Tafel/thema", "Table/theme"),
    "agenda.export.col.case": ("Casus", "Case"),
    "agenda.export.col.votes": ("Stippen", "Dots"),
    "agenda.export.col.progress": ("Voortgang", "Progress"),
    "agenda.export.col.name": ("Naam", "Name"),
    "agenda.export.col.organisation": ("Organisatie", "Organisation"),
    "agenda.export.col.role": ("Rol", "Role"),
    "agenda.export.col.tentative": ("Onder voorbehoud", "Tentative"),
    "agenda.export.col.state": ("Stand", "State"),
    "agenda.export.col.email": ("E-mail", "E-mail"),
    "agenda.export.col.contact_consent_at": ("Toestemming contact op", "Contact consent at"),
    "agenda.export.col.contact_consent_text": (
        "Toestemming contact (tekst)",
        "Contact consent (wording)",
    ),
    "agenda.export.col.link": ("Privélink", "Private link"),
    "agenda.export.state.confirmed": ("bevestigd", "confirmed"),
    "agenda.export.state.waiting": ("wacht op bevestiging", "waiting for confirmation"),
}

_PHONE: dict[str, tuple[str, str]] = {
    "agenda.phone.title": ("Actieagenda", "Action agenda"),
    "agenda.phone.empty": (
        "Er staan nog geen acties op de agenda. Stel hieronder zelf een actie voor.",
        "There are no actions on the agenda yet. Propose one yourself below.",
    ),
    "agenda.phone.entry": ("Actieagenda: meedoen en stemmen", "Action agenda: join in and vote"),
    "agenda.phone.entry_vote": (
        "De stemming is open — verdeel je stippen",
        "The vote is open — place your dots",
    ),
    "agenda.phone.back": ("Terug naar de tafels", "Back to the tables"),
    "agenda.phone.drivers": ("Trekkers", "Leads"),
    "agenda.phone.lead": ("Ik wil trekken", "I want to lead"),
    "agenda.phone.member": ("Ik doe mee", "I'll join in"),
    "agenda.phone.closed_action": (
        "Deze actie is afgerond of gestopt.",
        "This action is done or has stopped.",
    ),
    "agenda.phone.waiting": (
        "Aangemeld ({role})! De facilitator bevestigt het zo.",
        "Signed up ({role})! The facilitator will confirm it shortly.",
    ),
    "agenda.phone.confirmed": (
        "Je staat op de agenda ({role}).",
        "You are on the agenda ({role}).",
    ),
    "agenda.phone.confirmed_tentative": (
        "Je staat op de agenda ({role}), onder voorbehoud: met een ? achter je naam.",
        "You are on the agenda ({role}), tentatively: with a ? after your name.",
    ),
    "agenda.phone.link_help": (
        "Jouw eigen link om de stand van deze actie later bij te werken (bewaar hem, deel hem niet):",
        "Your own link to update this action later (keep it, do not share it):",
    ),
    "agenda.phone.withdraw": ("Afmelden", "Withdraw"),
    "agenda.phone.withdrawn": ("Je bent afgemeld.", "You have withdrawn."),
    "agenda.signup.heading_lead": ("Aanmelden als {role}", "Sign up as {role}"),
    "agenda.signup.heading_member": ("Aanmelden: ik doe mee", "Sign up: I'll join in"),
    "agenda.signup.name": ("Naam", "Name"),
    "agenda.signup.organisation": ("Organisatie", "Organisation"),
    "agenda.signup.email": ("E-mail (niet verplicht)", "E-mail (optional)"),
    "agenda.signup.named": (
        "Mijn naam en organisatie mogen bij deze actie op het scherm en in het verslag staan "
        "(ook op de deelnemerslijst).",
        "My name and organisation may appear with this action on the screen and in the report "
        "(also in the participant list).",
    ),
    "agenda.signup.contact": (
        "De organisator mag mij benaderen over deze actie (met mijn e-mailadres, als ik dat gaf).",
        "The organiser may contact me about this action (at my e-mail address, if I gave one).",
    ),
    "agenda.signup.tentative": (
        "Onder voorbehoud: zet een ? achter mijn naam",
        "Tentatively: put a ? after my name",
    ),
    "agenda.signup.privacy": (
        "Je kiest beide toestemmingen apart; je kunt je altijd weer afmelden.",
        "You choose each consent separately; you can always withdraw.",
    ),
    "agenda.signup.submit": ("Aanmelden", "Sign up"),
    "agenda.signup.cancel": ("Annuleren", "Cancel"),
    "agenda.propose.title": ("Zelf een actie voorstellen", "Propose an action yourself"),
    "agenda.propose.kind": ("Soort actie", "Kind of action"),
    "agenda.propose.what": ("Wat is de actie?", "What is the action?"),
    "agenda.propose.description": ("Toelichting (niet verplicht)", "Explanation (optional)"),
    "agenda.propose.submit": ("Voorstellen", "Propose"),
    "agenda.propose.done": (
        "Voorgesteld! De facilitator zet het op de agenda.",
        "Proposed! The facilitator will put it on the agenda.",
    ),
    "agenda.propose.waiting": ("wacht op de facilitator", "waiting for the facilitator"),
    "agenda.propose.approved": ("staat op de agenda", "is on the agenda"),
    "agenda.propose.withdraw": ("Voorstel intrekken", "Withdraw proposal"),
    "agenda.propose.withdrawn": ("Je voorstel is ingetrokken.", "Your proposal is withdrawn."),
    "agenda.vote.help": (
        "Verdeel je {dots} {dots:stip|stippen} over wat jij het belangrijkst vindt (hoogstens {limit} op één). "
        "Je kunt ze verplaatsen tot de stemming sluit.",
        "Spread your {dots} {dots:dot|dots} over what matters most to you (at most {limit} on one). "
        "You can move them until the vote closes.",
    ),
    "agenda.vote.left": (
        "Nog {left} van {dots} {dots:stip|stippen} over",
        "{left} of {dots} {dots:dot|dots} left",
    ),
    "agenda.vote.reclaim": (
        "{count} {count:stip staat|stippen staan} op iets dat niet meer meedoet — terughalen",
        "{count} {count:dot is on something no longer in the vote — take it back|dots are on something no longer in the vote — take them back}",
    ),
    "agenda.vote.closed_note": (
        "De stemming '{title}' is gesloten. De uitslag staat op het scherm.",
        "The vote '{title}' is closed. The result is on the screen.",
    ),
}

_WALL: dict[str, tuple[str, str]] = {
    "agenda.wall.title": ("Actieagenda", "Action agenda"),
    "agenda.wall.invitation": ("Wie wil daaraan meedoen?", "Who wants to join in?"),
    "agenda.wall.join_at": ("Meld je aan via je telefoon:", "Sign up from your phone:"),
    "agenda.wall.open_slot": ("Open — wie doet mee?", "Open — who joins in?"),
    "agenda.wall.members": ("{count} {count:doet|doen} mee:", "{count} joining:"),
    "agenda.wall.pending": (
        "+{count} {count:aanmelding|aanmeldingen}",
        "+{count} {count:sign-up|sign-ups}",
    ),
    "agenda.wall.empty": (
        "Nog geen acties. Stel er een voor via je telefoon!",
        "No actions yet. Propose one from your phone!",
    ),
    "agenda.wall.vote_open": (
        "Stemming open · {voters} {voters:persoon stemde|mensen stemden} · {dots} {dots:stip|stippen} per persoon",
        "Vote open · {voters} {voters:person|people} voted · {dots} {dots:dot|dots} each",
    ),
    "agenda.wall.vote_closed": (
        "Stemming gesloten · {voters} {voters:persoon stemde|mensen stemden} · {dots} {dots:stip|stippen} per persoon",
        "Vote closed · {voters} {voters:person|people} voted · {dots} {dots:dot|dots} each",
    ),
}

_FACILITATOR: dict[str, tuple[str, str]] = {
    "agenda.fac.title": ("Actieagenda", "Action agenda"),
    "agenda.fac.open_wall": ("Agenda op de wall", "Agenda on the wall"),
    "agenda.fac.tab_actions": ("Acties", "Actions"),
    "agenda.fac.tab_signups": ("Aanmeldingen ({count})", "Sign-ups ({count})"),
    "agenda.fac.tab_votes": ("Stemmen ({state})", "Votes ({state})"),
    "agenda.fac.tab_state": ("Stand van zaken en export", "State and export"),
    "agenda.fac.no_kinds": (
        "Deze bijeenkomst heeft nog geen soorten acties. Begin met de standaardsoorten "
        "(Academy-aanbod, experimenten, losse acties) of maak er zelf een.",
        "This meeting has no kinds of action yet. Start with the defaults "
        "(academy offers, experiments, single actions) or make your own.",
    ),
    "agenda.fac.add_defaults": ("Standaardsoorten toevoegen", "Add the default kinds"),
    "agenda.fac.kinds": ("Soorten acties ({count})", "Kinds of action ({count})"),
    "agenda.fac.new_kind": ("Nieuwe soort", "New kind"),
    "agenda.fac.kind_title": ("Naam van de soort", "Name of the kind"),
    "agenda.fac.column_title": (
        "Kolomkop acties (bv. Experiment)",
        "Actions column heading (e.g. Experiment)",
    ),
    "agenda.fac.driver_column_title": (
        "Kolomkop trekkers (bv. Mogelijke trekker)",
        "Drivers column heading (e.g. Possible lead)",
    ),
    "agenda.fac.driver_role": ("Rol van wie trekt", "Role of whoever leads"),
    "agenda.fac.kind_intro": ("Inleiding in het verslag", "Introduction in the report"),
    "agenda.fac.delete": ("Verwijderen", "Delete"),
    "agenda.fac.proposals": (
        "Voorstellen van deelnemers ({count})",
        "Proposals from participants ({count})",
    ),
    "agenda.fac.approve": ("Op de agenda", "Put on the agenda"),
    "agenda.fac.reject": ("Afwijzen", "Turn down"),
    "agenda.fac.add_action": ("Actie toevoegen", "Add action"),
    "agenda.fac.kind": ("Soort", "Kind"),
    "agenda.fac.action_title": ("Titel", "Title"),
    "agenda.fac.description": ("Omschrijving", "Description"),
    "agenda.fac.theme": ("Tafel/thema", "Table/theme"),
    "agenda.fac.case": ("Casus", "Case"),
    "agenda.fac.status": ("Status", "Status"),
    "agenda.fac.delete_action": ("Actie verwijderen", "Delete action"),
    "agenda.fac.tentative": ("Onder voorbehoud (?)", "Tentative (?)"),
    "agenda.fac.add_driver": ("Trekker toevoegen", "Add driver"),
    "agenda.fac.confirm": ("Bevestigen", "Confirm"),
    "agenda.fac.confirm_tentative": ("Bevestigen met ?", "Confirm with ?"),
    "agenda.fac.confirm_all": ("Alles bevestigen ({count})", "Confirm all ({count})"),
    "agenda.fac.toggle_tentative": ("? aan/uit", "? on/off"),
    "agenda.fac.new_link": ("Nieuwe link", "New link"),
    "agenda.fac.remove": ("Verwijderen", "Remove"),
    "agenda.fac.no_pending": (
        "Geen aanmeldingen die op bevestiging wachten.",
        "No sign-ups waiting for confirmation.",
    ),
    "agenda.fac.asks_tentative": ("(vraagt om ?)", "(asks for ?)"),
    "agenda.fac.consents": (
        "Naam tonen: {named} · Benaderen: {contact}",
        "Show name: {named} · Contact: {contact}",
    ),
    "agenda.fac.yes": ("ja", "yes"),
    "agenda.fac.no": ("nee", "no"),
    "agenda.fac.updated": ("Bijgewerkt", "Updated"),
    "agenda.fac.export_help": (
        "E-mailadressen staan er alleen in van wie toestemming gaf om benaderd te worden.",
        "E-mail addresses are included only for people who agreed to be contacted.",
    ),
    "agenda.fac.export_csv": ("Agenda (CSV)", "Agenda (CSV)"),
    "agenda.fac.export_json": ("Agenda (JSON)", "Agenda (JSON)"),
    "agenda.fac.export_links": ("Privélinks trekkers (CSV)", "Drivers' private links (CSV)"),
    "agenda.vote.title": ("Titel van de stemming", "Title of the vote"),
    "agenda.vote.default_title": ("Wat pakken we als eerste op?", "What do we take up first?"),
    "agenda.vote.subject": ("Waarover", "On what"),
    "agenda.vote.on_all_actions": ("Alle acties", "All actions"),
    "agenda.vote.on_kind": ("Acties: {kind}", "Actions: {kind}"),
    "agenda.vote.on_target": ("Bijdragen van {target}", "Contributions of {target}"),
    "agenda.vote.dots": ("Stippen per deelnemer", "Dots per participant"),
    "agenda.vote.max_per_option": ("Hoogstens op één onderdeel", "At most on one item"),
    "agenda.vote.open": ("Stemming openen", "Open the vote"),
    "agenda.vote.opened": ("De stemming is open.", "The vote is open."),
    "agenda.vote.close": ("Sluiten", "Close"),
    "agenda.vote.reopen": ("Heropenen", "Reopen"),
    "agenda.vote.state_open": ("open", "open"),
    "agenda.vote.state_closed": ("gesloten", "closed"),
    "agenda.vote.voters": ("{count} {count:stemmer|stemmers}", "{count} {count:voter|voters}"),
    "agenda.living.intro": (
        "Hallo {name}: hier houd je de stand van deze actie bij. Iedereen ziet die in de "
        "actieagenda en in het verslag.",
        "Hello {name}: here you keep this action up to date. Everyone sees it in the action "
        "agenda and in the report.",
    ),
    "agenda.living.status": ("Hoe staat de actie ervoor?", "How is the action doing?"),
    "agenda.living.note": ("Korte voortgang (niet verplicht)", "Short progress note (optional)"),
    "agenda.living.save": ("Opslaan", "Save"),
    "agenda.living.saved": ("Opgeslagen. Dank je!", "Saved. Thank you!"),
    "agenda.living.updated": ("Laatst bijgewerkt: {when}", "Last updated: {when}"),
}

ENTRIES: dict[str, tuple[str, str]] = {**_ERRORS, **_WORDS, **_PHONE, **_WALL, **_FACILITATOR}
