"""Stage 5 — dates: time expressions → ISO dates anchored on the publication date.

News dates events relative to when it was written: "on Thursday" in a Friday paper
is yesterday; "Jan. 4" in February is this year's; "in 1948" is a year. Without a
publication date, only expressions that carry their own year resolve; the rest stay
unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re

import dateparser
from spacy.language import Language
from spacy.tokens import Doc

from .mentions import DateMention

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I
)
MONTH_DAY = re.compile(
    rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I
)
MONTH_YEAR = re.compile(rf"\b({MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"^(?:in |since |by |until |of |from )?(?:the year )?((?:19|20)\d{2})$", re.I)
WEEKDAY = re.compile(r"\b(?:(last|this|next)\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "overnight": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before": -1,
}
# Expressions that are durations or vague, not dates of an event.
NOT_A_DATE = re.compile(
    r"^(?:\d+|a|an|one|two|three|several|many|the past|the last|the next)?"
    r"\s*(?:days?|weeks?|months?|years?|decades?|hours?)$",
    re.I,
)


def _parse_anchor(pub_date: str | None) -> dt.date | None:
    if not pub_date:
        return None
    try:
        return dt.date.fromisoformat(pub_date[:10])
    except ValueError:
        return None


def _recent(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The month/day in the year that puts it on or shortly before the anchor."""
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        # A date up to a week ahead is still this year's ("on Jan. 10" in a Jan. 8 preview).
        if candidate <= anchor + dt.timedelta(days=7):
            return candidate
    return None


def resolve(text: str, pub_date: str | None) -> tuple[str, str] | None:
    """(ISO value, precision) of a time expression, or None."""
    anchor = _parse_anchor(pub_date)
    clean = " ".join(text.replace("\u2019", "'").split()).strip(" ,.")
    lower = clean.lower()
    if not clean or NOT_A_DATE.match(clean):
        return None
    if m := ISO.search(clean):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "day"
        except ValueError:
            return None
    for pattern, order in ((DAY_MONTH, "dm"), (MONTH_DAY, "md")):
        if m := pattern.search(clean):
            day_s, month_s = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            month, day = MONTHS[month_s.lower()], int(day_s)
            if m[3]:
                try:
                    return dt.date(int(m[3]), month, day).isoformat(), "day"
                except ValueError:
                    return None
            if anchor is None:
                return None
            found = _recent(month, day, anchor)
            return (found.isoformat(), "day") if found else None
    if m := MONTH_YEAR.search(clean):
        return f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}", "month"
    if m := YEAR.match(clean):
        return m[1], "year"
    for phrase, offset in RELATIVE_DAYS.items():
        if lower == phrase or lower.endswith(" " + phrase) or lower.startswith(phrase + " "):
            if anchor is None:
                return None
            return (anchor + dt.timedelta(days=offset)).isoformat(), "day"
    if m := WEEKDAY.search(clean):
        if anchor is None:
            return None
        wanted = WEEKDAYS.index(m[2].lower())
        back = (anchor.weekday() - wanted) % 7
        if (m[1] or "").lower() == "next":
            ahead = (wanted - anchor.weekday()) % 7 or 7
            return (anchor + dt.timedelta(days=ahead)).isoformat(), "day"
        if (m[1] or "").lower() == "last" and back == 0:
            back = 7
        return (anchor - dt.timedelta(days=back)).isoformat(), "day"
    if anchor is None:
        return None
    return _dateparser(clean, anchor)


def _dateparser(text: str, anchor: dt.date) -> tuple[str, str] | None:
    """Relative phrases ("three years ago", "last month") via dateparser."""
    lower = text.lower()
    base = dt.datetime(anchor.year, anchor.month, anchor.day, 12)
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": False,
        },
    )
    if parsed is None:
        return None
    value = parsed.date()
    if "year" in lower and "day" not in lower:
        return f"{value.year:04d}", "year"
    if "month" in lower and "day" not in lower:
        return f"{value.year:04d}-{value.month:02d}", "month"
    return value.isoformat(), "day"


class DateResolver:
    """Sets `doc._.fp_dates` from the DATE/TIME entities of the parse."""

    def __call__(self, doc: Doc) -> Doc:
        pub_date = doc._.fp_pub_date
        mentions: list[DateMention] = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            resolved = resolve(ent.text, pub_date)
            if resolved is None:
                continue
            value, precision = resolved
            mentions.append(DateMention(ent.start, ent.end, value, precision, ent.text))
        doc._.fp_dates = mentions
        return doc


@Language.factory("flashpoint_dates", requires=["doc.ents"], assigns=["doc._.fp_dates"])
def make_date_resolver(nlp: Language, name: str) -> DateResolver:
    return DateResolver()
