"""Stage 5 — dates: time expressions → ISO dates anchored on the publication date.

News dates events relative to when it was written: "on Thursday" in a Friday paper
is yesterday; "Jan. 4" in February is this year's; "in 1948" is a year. Without a
publication date only expressions that carry their own year resolve; the rest stay
unresolved rather than guessed.

`timex(text, anchor, future)` normalises an expression to a TimeML TIMEX3 value —
"2024-01-04", "2024-01", "2024", "2024-W01", "2023-Q3", "2023-FA", "196X",
"PRESENT_REF" — which is what gold time-expression corpora are scored on;
`resolve(text, pub_date)` turns that into the event record's (date, precision), where
precision is day, month or year: a week keeps its month, a quarter or season its year,
"now" is the publication day, and vague references ("recently", "the 1990s") give no
date. `future` is the tense of the clause: a weekday or a month without a year is the
most recent one on or before publication in past-tense news (the same day allowed),
the next one in a future clause, and the nearest one when the tense is unknown.
dateparser handles the long tail ("4th of January 2024", "2024/01/04").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Span

from .mentions import DateMention, doc_text

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# fmt: off
MONTH_NAMES = [
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
]
# fmt: on
MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# fmt: off
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "a few": 3, "few": 3, "a couple of": 2,
}
# fmt: on
NUMBER_RE = r"\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
ORDINALS["4th"] = 4
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
PRESENT = {"now", "currently", "current", "the present", "at present", "nowadays", "these days"}
PRESENT |= {"right now", "just now", "today's", "this time"}
PAST = {"recently", "recent", "the past", "in the past", "lately", "previously", "formerly"}
PAST |= {"recent years", "recent months", "recent weeks", "recent days", "earlier", "once"}
FUTURE = {"future", "the future", "in the future", "soon", "the coming years", "later"}
FUTURE |= {"the near future", "the near term", "the short term", "the long term", "a later date"}
FUTURE |= {"one day", "someday", "some day", "as soon as possible", "the years ahead"}
# "in coming months", "the past few weeks": periods without an edge are references.
FUTURE_PLURAL = re.compile(
    r"(?:the\s+)?(?:coming|next few|next several|future|upcoming|following)\s+"
    r"(?:days|weeks|months|years|quarters|decades)"
)
PAST_PLURAL = re.compile(
    r"(?:the\s+)?(?:past|last|recent|previous|prior)\s+(?:few\s+|several\s+|two\s+|three\s+)?"
    r"(?:days|weeks|months|years|quarters|decades)(?:\s+and\s+(?:weeks|months|years))?"
    r"|more recently|past years|in past years|the old days"
)
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
TENS |= {"eighty": 80, "ninety": 90}
ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
ONES |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Leading words that narrow a period without moving it ("late November" is November).
MODIFIERS = re.compile(
    r"^(?:early|late|mid|the middle of|the end of|the beginning of|the start of|"
    r"the first days of|the last days of|earlier|later|as recently as|as early as|"
    r"until|through|by|since|from|in|on|of|during|before|after|around|about|"
    r"sometime|some time|the)[\s-]+"
)
# "overnight" is the night that ends on publication day: news files it under that day.
# fmt: off
DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "overnight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2, "the previous day": -1,
    "the day before": -1, "the next day": 1, "the following day": 1,
}
# fmt: on
UNIT = r"(day|week|month|year|decade)s?"
AGO = re.compile(rf"^({NUMBER_RE})\s+{UNIT}\s+(ago|earlier|before|back|later|from now|hence)$")
IN_UNITS = re.compile(rf"^(?:in|within)\s+({NUMBER_RE})\s+{UNIT}$")
RELATIVE = re.compile(
    r"^(last|this|next|past|coming|current|previous|following|present|same)\s+"
    r"(day|week|weekend|month|year|quarter|decade|spring|summer|fall|autumn|winter)$"
)
QUARTER = re.compile(
    r"^(?:(last year's|this year's|next year's|year[- ]earlier|year[- ]ago)\s+)?"
    r"(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(\d{4}|last year|this year|next year))?$"
)


YEAR_AGO = re.compile(
    r"(?:a\s+)?year[- ](?:earlier|ago|before)|(?:the\s+)?year[- ](?:ago|earlier)"
    r"(?:\s+(?:period|quarter|level|results?))?"
)
LATEST = re.compile(
    r"(?:the\s+)?(?:latest|most recent|recent|same|comparable)\s+(?:period|quarter)"
)


def _year(value: int) -> str:
    return f"{value:04d}"


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _pick_year(month: int, day: int, anchor: dt.date, future: bool | None) -> dt.date | None:
    """The year of a month/day written without one, by the tense of the clause."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if future:
        return min((d for d in options if d >= anchor), default=options[-1])
    if future is False:
        # A date a week ahead is still this year's: "on Jan. 10" in a Jan. 8 preview.
        return max((d for d in options if d <= anchor + dt.timedelta(days=7)), default=options[0])
    return min(options, key=lambda d: abs((d - anchor).days))


def _weekday(name: str, which: str, anchor: dt.date, future: bool | None) -> dt.date:
    wanted = WEEKDAYS.index(name)
    back = (anchor.weekday() - wanted) % 7
    ahead = (wanted - anchor.weekday()) % 7
    if which == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if which == "last":
        return anchor - dt.timedelta(days=back or 7)
    if future:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)  # the most recent, same day allowed


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    text = " ".join(text.lower().split()).strip(" ,.;:")
    text = re.sub(r"^(?:on|in|at|for|of|since|until|by|from|during)\s+(?=\S)", "", text)
    text = re.sub(r"'s$", "", text)  # "Friday's attack"
    # "Monday, Oct. 26": the date says it all; "9 a.m. Tuesday": the day is what we keep.
    text = re.sub(rf"^(?:{'|'.join(WEEKDAYS)}),?\s+(?=(?:{MONTH_RE})\b|\d)", "", text)
    text = re.sub(r"^\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?:\s+[a-z]{3})?\s+", "", text)
    return text


def timex(
    text: str, anchor: dt.date | None, future: bool | None = False, period: str | None = None
) -> str | None:
    """TIMEX3 value of a date expression (see the module docstring), or None.

    `period` is the unit the sentence reports on: in "profit rose 5% from a year
    earlier" next to "the third quarter", the year-earlier period is a quarter."""
    clean = _clean(text)
    if not clean:
        return None
    if period == "quarter" and anchor is not None and YEAR_AGO.fullmatch(clean):
        year, month = _shift_month(anchor.year, anchor.month, -3)
        return f"{year - 1:04d}-Q{(month - 1) // 3 + 1}"
    if period == "quarter" and anchor is not None and LATEST.fullmatch(clean):
        year, month = _shift_month(anchor.year, anchor.month, -3)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if clean in PRESENT:
        return "PRESENT_REF"
    if clean in PAST or PAST_PLURAL.fullmatch(clean):
        return "PAST_REF"
    if clean in FUTURE or FUTURE_PLURAL.fullmatch(clean):
        return "FUTURE_REF"
    clean = _spelled_year(clean)
    value = _absolute(clean)
    if value is not None:
        return value
    if anchor is None:
        return None
    value = _relative(clean, anchor, future)
    if value is None:
        stripped = MODIFIERS.sub("", clean)
        while stripped != clean:  # "early next year", "late last month", "the end of May"
            clean = stripped
            value = _absolute(clean) or _relative(clean, anchor, future)
            if value is not None:
                break
            stripped = MODIFIERS.sub("", clean)
    if value is None and (re.search(r"\d", clean) or re.search(rf"\b({MONTH_RE})\b", clean)):
        value = _dateparser(clean, anchor, future)
    return value


def _spelled_year(clean: str) -> str:
    """'nineteen ninety-six' → '1996', 'the year two thousand' → 'the year 2000' (radio)."""

    def tail(words: str) -> int | None:
        if not words:
            return 0
        parts = words.replace("-", " ").split()
        if len(parts) == 1 and parts[0] in ONES:
            return ONES[parts[0]]
        if parts[0] in TENS and (len(parts) == 1 or (len(parts) == 2 and parts[1] in ONES)):
            return TENS[parts[0]] + (ONES[parts[1]] if len(parts) == 2 else 0)
        return None

    m = re.search(
        r"\bnineteen ((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ][a-z]+)?)",
        clean,
    )
    if m and (value := tail(m[1])) is not None:
        return clean.replace(m[0], str(1900 + value))
    m = re.search(r"\btwo thousand(?: and)?((?: [a-z\-]+)?)$", clean)
    if m and (value := tail(m[1].strip())) is not None:
        return clean.replace(m[0], str(2000 + value))
    return clean


def _absolute(clean: str) -> str | None:
    """Expressions that carry their own year."""
    clean = re.sub(r"\s+(?:and beyond|or later|or earlier|or so|and later)$", "", clean)
    clean = re.sub(
        r"^(?:a good part of|much of|most of|all of|part of|pre-|post-|mid-)\s*", "", clean
    )
    if m := re.fullmatch(
        r"(?:the\s+)?(first|second|last)\s+(?:half|two quarters)\s+of\s+(\d{4})", clean
    ):
        return f"{m[2]}-H{1 if m[1] == 'first' else 2}"
    if m := re.fullmatch(r"(?:the\s+)?(\d{4})\s+(?:period|year|quarter|results?|season)", clean):
        return m[1]
    if m := re.fullmatch(r"(?:the\s+)?(\d{4})\s+(first|second|third|fourth)\s+quarter", clean):
        return f"{m[1]}-Q{ORDINALS[m[2]]}"
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", clean):
        return clean if _valid(int(m[1]), int(m[2]), int(m[3])) else None
    date = rf"({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    if m := re.fullmatch(date, clean):
        y, mo, d = int(m[3]), MONTHS[m[1]], int(m[2])
        return f"{y:04d}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else None
    if m := re.fullmatch(
        rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\.?,?\s+(\d{{4}})", clean
    ):
        y, mo, d = int(m[3]), MONTHS[m[2]], int(m[1])
        return f"{y:04d}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else None
    if m := re.fullmatch(rf"({MONTH_RE})\.?,?\s+(?:of\s+)?(\d{{4}})", clean):
        return _month(int(m[2]), MONTHS[m[1]])
    if m := re.fullmatch(
        r"(?:the\s+)?(?:year\s+|fiscal\s+|calendar\s+)?(1[5-9]\d\d|20\d\d)", clean
    ):
        return m[1]
    if m := re.fullmatch(r"(?:the\s+)?(?:early\s+|late\s+|mid-?)?(1[5-9]\d|20\d)0'?s", clean):
        return f"{m[1]}X"
    if m := re.fullmatch(r"(?:the\s+)?'(\d)0s", clean):
        return f"19{m[1]}X"
    if m := re.fullmatch(r"(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(\d{4})", clean):
        return f"{m[2]}-{SEASONS[m[1]]}"
    if (m := QUARTER.fullmatch(clean)) and m[3] and m[3].isdigit():
        return f"{m[3]}-Q{ORDINALS[m[2]]}"
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _relative(clean: str, anchor: dt.date, future: bool | None) -> str | None:
    """Expressions whose value depends on the publication date."""
    part = None
    m = re.fullmatch(r"(.+?)\s+(morning|afternoon|evening|night)", clean)
    if m and (m[1] in WEEKDAYS or m[1] in ("yesterday", "tomorrow", "today", "last", "this")):
        clean, part = m[1], PARTS_OF_DAY[m[2]]
        clean = {"last": "yesterday", "this": "today"}.get(clean, clean)
    if holiday := _holiday(clean, anchor, future):
        return holiday
    if clean in DAY_OFFSETS:
        return (anchor + dt.timedelta(days=DAY_OFFSETS[clean])).isoformat()
    if m := re.fullmatch(rf"(?:(last|this|next|on|past|coming)\s+)?({'|'.join(WEEKDAYS)})", clean):
        day = _weekday(m[2], m[1] or "", anchor, future)
        return day.isoformat() + (f"T{part}" if part else "")
    if m := re.fullmatch(rf"({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?", clean) or re.fullmatch(
        rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\.?", clean
    ):
        month_s, day_s = (m[1], m[2]) if m[1] in MONTHS else (m[2], m[1])
        found = _pick_year(MONTHS[month_s], int(day_s), anchor, future)
        return found.isoformat() if found else None
    if m := re.fullmatch(rf"(?:(last|this|next)\s+)?({MONTH_RE})\.?", clean):
        return _named_month(MONTHS[m[2]], m[1], anchor, future)
    if m := AGO.fullmatch(clean):
        count = int(m[1]) if m[1].isdigit() else NUMBERS[m[1]]
        sign = 1 if m[3] in ("later", "from now", "hence") else -1
        return _offset(anchor, sign * count, m[2])
    if m := IN_UNITS.fullmatch(clean):
        count = int(m[1]) if m[1].isdigit() else NUMBERS[m[1]]
        return _offset(anchor, count, m[2])
    if m := RELATIVE.fullmatch(clean):
        return _named_period(m[1], m[2], anchor)
    if m := QUARTER.fullmatch(clean):
        year = anchor.year
        if (m[1] and not m[1].startswith("this")) or m[3] == "last year":
            year += 1 if (m[1] or "").startswith("next") or m[3] == "next year" else -1
        return f"{year:04d}-Q{ORDINALS[m[2]]}"
    if re.fullmatch(
        r"(?:the\s+)?(?:latest|last|most recent|recent|past|just[- ]ended)\s+quarter|quarter", clean
    ):
        year, month = _shift_month(anchor.year, anchor.month, -3)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if re.fullmatch(r"(?:the\s+)?(?:year[- ]ago|year[- ]earlier)\s+(?:quarter|period)", clean):
        year, month = _shift_month(anchor.year, anchor.month, -3)
        return f"{year - 1:04d}-Q{(month - 1) // 3 + 1}"
    if m := re.fullmatch(r"(?:the\s+)?(first|second)\s+half(?:\s+of\s+(?:the\s+)?year)?", clean):
        return f"{anchor.year:04d}-H{1 if m[1] == 'first' else 2}"
    if re.fullmatch(
        r"(?:a\s+)?year[- ](?:earlier|ago|before)|the year before|the previous year", clean
    ):
        return _year(anchor.year - 1)
    if clean in ("the weekend", "weekend", "this weekend", "last weekend"):
        back = clean == "last weekend" or (anchor.weekday() <= 1 and not future)
        day = anchor - dt.timedelta(days=7) if back else anchor
        return _week(day) + "-WE"
    if m := re.fullmatch(r"(spring|summer|fall|autumn|winter)", clean):
        return _season(SEASONS[m[1]], "", anchor, future)
    if re.fullmatch(
        r"(?:the\s+)?(?:full|whole|entire|current|this|present)?\s*(?:fiscal\s+)?year|"
        r"year[- ]end|year's end|all year",
        clean,
    ):
        return _year(anchor.year)
    if re.fullmatch(r"(?:the\s+)?(?:latest|last|previous|past|prior)\s+fiscal\s+year", clean):
        return _year(anchor.year - 1)
    if m := re.fullmatch(rf"({MONTH_RE})\.?\s+(this|last|next)\s+year", clean):
        return _month(anchor.year + {"this": 0, "last": -1, "next": 1}[m[2]], MONTHS[m[1]])
    if clean in ("the year", "the month", "the week"):
        return {"the year": _year(anchor.year), "the month": _month(anchor.year, anchor.month)}.get(
            clean, _week(anchor)
        )
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n < 0:
        day = (
            dt.date(year, month + 1, 1) - dt.timedelta(days=1)
            if month < 12
            else dt.date(year, 12, 31)
        )
        return day - dt.timedelta(days=(day.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


HOLIDAYS = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "independence day": lambda y: dt.date(y, 7, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "easter": _easter,
    "easter sunday": _easter,
}


def _holiday(clean: str, anchor: dt.date, future: bool | None) -> str | None:
    """US and Christian holidays news dates things by ('on Thanksgiving Day')."""
    which, _, name = (
        clean.partition(" ") if clean.startswith(("last ", "next ", "this ")) else ("", "", clean)
    )
    if name not in HOLIDAYS:
        return None
    options = [HOLIDAYS[name](y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if which == "last" or (not which and not future):
        return max(d for d in options if d <= anchor).isoformat()
    if which == "next" or future:
        return min(d for d in options if d >= anchor).isoformat()
    return options[1].isoformat()


def _named_month(month: int, which: str | None, anchor: dt.date, future: bool | None) -> str:
    if which == "this":
        return _month(anchor.year, month)
    if which == "last" or (which is None and future is False):
        year = (
            anchor.year
            if month < anchor.month or (month == anchor.month and not which)
            else anchor.year - 1
        )
        return _month(year, month)
    if which == "next" or future:
        year = (
            anchor.year
            if month > anchor.month or (month == anchor.month and not which)
            else anchor.year + 1
        )
        return _month(year, month)
    # Unknown tense: the nearest such month.
    options = [
        (abs((y * 12 + month) - (anchor.year * 12 + anchor.month)), y)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    return _month(min(options)[1], month)


def _offset(anchor: dt.date, count: int, unit: str) -> str:
    if unit == "day":
        return (anchor + dt.timedelta(days=count)).isoformat()
    if unit == "week":
        return _week(anchor + dt.timedelta(weeks=count))
    if unit == "month":
        return _month(*_shift_month(anchor.year, anchor.month, count))
    if unit == "decade":
        return f"{(anchor.year + 10 * count) // 10:03d}X"
    return _year(anchor.year + count)


def _named_period(which: str, unit: str, anchor: dt.date) -> str | None:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}
    by = step.get(which, 0)
    if unit == "day":
        return (anchor + dt.timedelta(days=by)).isoformat()
    if unit == "week":
        return _week(anchor + dt.timedelta(weeks=by))
    if unit == "weekend":
        return _week(anchor + dt.timedelta(weeks=by)) + "-WE"
    if unit == "month":
        return _month(*_shift_month(anchor.year, anchor.month, by))
    if unit == "year":
        return _year(anchor.year + by)
    if unit == "decade":
        return f"{(anchor.year // 10 + by):03d}X"
    if unit == "quarter":
        year, month = _shift_month(anchor.year, anchor.month, 3 * by)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    return _season(SEASONS[unit], which, anchor, None)


def _season(code: str, which: str, anchor: dt.date, future: bool | None) -> str:
    """'last fall' in October is the previous year's: this fall is 'this fall'."""
    start = SEASON_START[code]
    current = anchor.month >= start and (code != "WI" or anchor.month == 12)
    current = current and anchor.month < start + 3
    year = anchor.year
    if which in ("last", "past", "previous"):
        year -= 1 if current or start > anchor.month else 0
    elif which in ("next", "coming", "following") or (future and not current):
        year += 1 if start <= anchor.month else 0
    elif which == "this":
        pass
    elif not current and start > anchor.month and future is not True:
        year -= 1
    return f"{year:04d}-{code}"


# A month's name in an expression ("March 3", "Dec. 12").
MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I
)
# A four-digit year in an expression, and the anchor its parser is built for.
YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
SHARED_ANCHOR = dt.date(2000, 1, 1)


@lru_cache(maxsize=256)
def _date_parser(anchor: dt.date, future: bool, parts: tuple[str, ...]) -> DateDataParser:
    """A dateparser parser for one anchor and reading, built once: building one per call
    (what `dateparser.parse` does) costs four times the parse itself."""
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day, 12),
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": False,
            "REQUIRE_PARTS": list(parts),
        },
    )


def _in_anchor_year(parsed: dt.datetime, anchor: dt.date, future: bool) -> dt.datetime | None:
    """'March 3' told on 2024-01-10: the last March 3 before the story (the next one
    when the clause looks ahead)."""
    try:
        moved = parsed.replace(year=anchor.year)
        if not future and moved.date() > anchor:
            moved = moved.replace(year=anchor.year - 1)
        elif future and moved.date() < anchor:
            moved = moved.replace(year=anchor.year + 1)
    except ValueError:  # February 29 in a year without one
        return None
    return moved


def _dateparser(clean: str, anchor: dt.date, future: bool | None) -> str | None:
    """The long tail of explicit forms; its guesses for vague phrases are not trusted."""
    parts = ("month", "year") if not re.search(r"\d", clean) else ()
    day_given = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", clean))
    if "ago" not in clean and (YEAR.search(clean) or (day_given and MONTH.search(clean))):
        # A form that names its year needs no anchor, and a day of a named month
        # ("March 3") only the anchor's year: one parser serves every story (building
        # one per story's date costs four times the parse).
        parsed = _date_parser(SHARED_ANCHOR, False, parts).get_date_data(clean).date_obj
        if parsed is not None and not YEAR.search(clean):
            parsed = _in_anchor_year(parsed, anchor, bool(future))
    else:
        parsed = _date_parser(anchor, bool(future), parts).get_date_data(clean).date_obj
    if parsed is None or not (1500 <= parsed.year <= 2100):
        return None
    if day_given or "ago" in clean:
        return parsed.date().isoformat()
    return _month(parsed.year, parsed.month)


def resolve(
    text: str, pub_date: str | None, future: bool | None = False, period: str | None = None
) -> tuple[str, str] | None:
    """(ISO value, precision) of a time expression for an event record, or None."""
    anchor = _parse_anchor(pub_date)
    value = timex(text, anchor, future, period)
    if value is None or value in ("PAST_REF", "FUTURE_REF"):
        return None
    if value == "PRESENT_REF":
        return (anchor.isoformat(), "day") if anchor else None
    value = value.split("T")[0]
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value):
        thursday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 4)  # ISO: the week's month
        return _month(thursday.year, thursday.month), "month"
    if re.fullmatch(r"\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)", value):
        return value[:4], "year"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value, "month"
    if re.fullmatch(r"\d{4}", value):
        return value, "year"
    return None  # decades and centuries are not an event's date


def _parse_anchor(pub_date: str | None) -> dt.date | None:
    if not pub_date:
        return None
    try:
        return dt.date.fromisoformat(str(pub_date)[:10])
    except ValueError:
        return None


FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_VERBS = {"plan", "expect", "schedule", "intend", "prepare", "due", "set", "aim"}


def clause_future(span: Span) -> bool | None:
    """Tense of the clause that a date phrase belongs to: True for 'will meet on Friday'
    and 'is due to vote on Friday', False for past or present, None without a verb."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    for token in (verb, *verb.ancestors):
        if any(c.lower_ in FUTURE_AUX and c.dep_ == "aux" for c in token.children):
            return True
        if token.lemma_ in FUTURE_VERBS and token is not verb:
            return True
        if token.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            break
    if verb.tag_ in ("VBD", "VBN"):
        return False
    return None if verb.tag_ == "VB" else False


class DateResolver:
    """Sets `doc._.fp_dates` from the DATE/TIME entities of the parse."""

    def __call__(self, doc: Doc) -> Doc:
        pub_date = doc._.fp_pub_date
        # "BAGHDAD, Jan 4 —": the day the story was filed anchors its "Thursday" and
        # "yesterday", whenever it was published or republished
        anchor = _anchor(dateline_date(doc_text(doc), pub_date), pub_date)
        # An earnings story's "a year earlier" is the year-earlier quarter.
        period = "quarter" if re.search(r"\bquarter\b", doc_text(doc), re.I) else None
        mentions: list[DateMention] = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            resolved = resolve(ent.text, anchor, clause_future(ent), period)
            if resolved is None:
                continue
            value, precision = resolved
            mentions.append(DateMention(ent.start, ent.end, value, precision, ent.text))
        doc._.fp_dates = mentions
        return doc


DATELINE_DATE = re.compile(
    r"^\s*[A-Z][A-Z .'’\-]{2,40}?(?:,\s*[A-Z][A-Za-z .]{1,25}?)?,\s*"
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
    r"(?:,\s*(\d{4}))?\s*(?:\([A-Za-z .]+\)\s*)?(?:—|–|-{1,2}|:)"
)


def _anchor(filed: str | None, pub_date: str | None) -> str | None:
    """The day relative dates count from: the publication date, unless the dateline's
    day is more than a week older (a story republished later): within a week the story
    may have been updated since it was filed ("TEHRAN, Jan 3 — … On Thursday the
    Islamic State claimed responsibility" in a Jan 4 edition)."""
    if filed is None or pub_date is None:
        return filed or pub_date
    gap = (dt.date.fromisoformat(pub_date) - dt.date.fromisoformat(filed)).days
    return filed if gap > 6 else pub_date


def dateline_date(text: str, pub_date: str | None) -> str | None:
    """The filing day of a dated dateline ("BAGHDAD, Jan 4 —"), the latest such day on
    or before the publication date (a dateline's year, if written, is kept)."""
    match = DATELINE_DATE.match(text[:120])
    if match is None:
        return None
    day_text = f"{match[1]} {match[2]}" if match[2] else match[1]
    if match[2] is None and pub_date is None:
        return None  # no year to put it in
    resolved = resolve(day_text, pub_date, False)
    if resolved is None or resolved[1] != "day":
        return None
    return resolved[0]


@Language.factory("flashpoint_dates", requires=["doc.ents"], assigns=["doc._.fp_dates"])
def make_date_resolver(nlp: Language, name: str) -> DateResolver:
    return DateResolver()
