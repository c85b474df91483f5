"""Named domain errors; each carries a catalogue key so any entry point can say it in Dutch or English."""

from __future__ import annotations

import contextlib

from facilitation.i18n import t


class OogstError(Exception):
    """Base of every error a user can cause; ``message(lang)`` says what happened and what to do."""

    key = "error.generic"

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "nl") -> str:
        """Return the user-facing message in *lang*."""
        return t(self.key, lang, **self.params)


class EventNotFound(OogstError):
    key = "error.event_not_found"


class EventClosed(OogstError):
    key = "error.event_closed"


class TargetNotFound(OogstError):
    key = "error.target_not_found"


class TargetClosed(OogstError):
    key = "error.target_closed"


class RoundClosed(OogstError):
    key = "error.round_closed"


class EmptyText(OogstError):
    key = "error.empty_text"


class TextTooLong(OogstError):
    key = "error.text_too_long"


class RateLimited(OogstError):
    key = "error.rate_limited"


class AddressBusy(OogstError):
    """Too many sends or proposals from one client address (a whole room behind one NAT)."""

    key = "error.address_busy"


class NotAllowed(OogstError):
    key = "error.not_allowed"


class ParticipantNotFound(OogstError):
    key = "error.participant_not_found"


class ContributionNotFound(OogstError):
    key = "error.contribution_not_found"


class InvalidField(OogstError):
    key = "error.invalid_field"


class InvalidEventFile(OogstError):
    key = "error.invalid_event_file"


class DuplicateEventCode(OogstError):
    key = "error.duplicate_event_code"


class DatabaseUnavailable(OogstError):
    key = "error.database_unavailable"


class DatabaseReadOnly(DatabaseUnavailable):
    key = "error.database_read_only"


class DatabaseFolderMissing(DatabaseUnavailable):
    key = "error.database_folder_missing"


class WrongPassphrase(OogstError):
    key = "error.wrong_passphrase"


class TooManyAttempts(OogstError):
    key = "error.too_many_attempts"


class InvalidBundle(OogstError):
    key = "error.invalid_bundle"


# The action agenda and dot voting (messages in facilitation/i18n/agenda.py).


class ActionNotFound(OogstError):
    key = "error.action_not_found"


class ActionNotOpen(OogstError):
    key = "error.action_not_open"


class KindNotFound(OogstError):
    key = "error.kind_not_found"


class KindInUse(OogstError):
    key = "error.kind_in_use"


class NameRequired(OogstError):
    key = "error.name_required"


class ConsentRequired(OogstError):
    key = "error.consent_required"


class EmailWithoutConsent(OogstError):
    key = "error.email_without_consent"


class InvalidEmail(OogstError):
    key = "error.invalid_email"


class SignupNotFound(OogstError):
    key = "error.signup_not_found"


class TooManyProposals(OogstError):
    key = "error.too_many_proposals"


class LinkNotValid(OogstError):
    key = "error.link_not_valid"


class VoteNotFound(OogstError):
    key = "error.vote_not_found"


class VoteClosed(OogstError):
    key = "error.vote_closed"


class NoDotsLeft(OogstError):
    key = "error.no_dots_left"


class TooManyOnOne(OogstError):
    key = "error.too_many_on_one"


class OptionNotInVote(OogstError):
    key = "error.option_not_in_vote"


class TitleRequired(OogstError):
    key = "error.title_required"


class ProposalApproved(OogstError):
    key = "error.proposal_approved"


class InvalidNesting(OogstError):
    key = "error.invalid_nesting"


class InvalidMerge(OogstError):
    key = "error.invalid_merge"


class InvalidTemplate(OogstError):
    key = "error.invalid_template"


class TemplateUnpacksTooLarge(OogstError):
    key = "error.template_unpacks_too_large"


class TemplateTooLarge(OogstError):
    key = "error.template_too_large"


# Preparing a meeting in the browser (messages in facilitation/i18n/setup.py).


class SetupFieldError(InvalidField):
    """A bad value in a setup form; the message names the field as the form labels it."""

    def message(self, lang: str = "nl") -> str:
        """Return the message in *lang* with the field's label (``setup.col.<field>``)."""
        params = dict(self.params)
        field = str(params.get("field", ""))
        with contextlib.suppress(KeyError):
            params["field"] = t(f"setup.col.{field}", lang)
        return t(self.key, lang, **params)


class DuplicateTableNumber(SetupFieldError):
    key = "error.duplicate_table_number"


class DuplicateCaseLetter(SetupFieldError):
    key = "error.duplicate_case_letter"


class InvalidLetter(SetupFieldError):
    key = "error.invalid_letter"


class InvalidNumber(SetupFieldError):
    key = "error.invalid_number"


class InvalidMinutes(SetupFieldError):
    key = "error.invalid_minutes"


class FieldRequired(SetupFieldError):
    key = "error.field_required"


class RowGone(OogstError):
    key = "error.row_gone"


class TargetInUse(OogstError):
    key = "error.target_in_use"


# Scans and polls (messages in facilitation/i18n/scans.py).


class ScanNotFound(OogstError):
    key = "error.scan_not_found"


class QuestionNotFound(OogstError):
    key = "error.question_not_found"


class ScanClosed(OogstError):
    key = "error.scan_closed"


class QuestionClosed(OogstError):
    key = "error.question_closed"


class ScanNeedsTable(OogstError):
    """The scan is answered per table and the phone did not come in through a table's QR code."""

    key = "error.scan_needs_table"


class ValueNotNumber(OogstError):
    key = "error.value_not_number"


class ValueOutOfRange(OogstError):
    key = "error.value_out_of_range"


class OptionNotFound(OogstError):
    key = "error.option_not_found"


class DontKnowNotOffered(OogstError):
    key = "error.dont_know_not_offered"


class OtherNotOffered(OogstError):
    key = "error.other_not_offered"


class TooManyChoices(OogstError):
    key = "error.too_many_choices"


class RankingIncomplete(OogstError):
    key = "error.ranking_incomplete"


class AnswerTooLong(OogstError):
    key = "error.answer_too_long"


class AnswerChangedElsewhere(OogstError):
    """Another tab of the same phone changed the answers since this tab loaded them."""

    key = "error.answer_changed_elsewhere"


class InvalidQuestion(OogstError):
    """The question cannot be asked as set up (no options for a choice, a scale of one value…)."""

    key = "error.invalid_question"


class ScanTemplateNotFound(OogstError):
    key = "error.scan_template_not_found"
