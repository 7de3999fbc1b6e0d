"""What is no political event, whatever its words.

Force used against a disease, a vice, a disaster or a law; strikes and blows in a
game; deaths nobody inflicted. The event coder asks these before it codes a frame.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .mentions import doc_text

# Force used against a disease, a vice or nature is no political event: "fight bird
# flu", "the war on drugs", "battle the blaze".
FORCE_ROOTS = {"18", "19", "20"}
ABSTRACT_FOES = {
    "flu", "influenza", "virus", "disease", "epidemic", "pandemic", "outbreak", "cancer",
    "malaria", "cholera", "ebola", "aids", "hiv", "covid", "covid-19", "coronavirus",
    "infection", "corruption", "poverty", "hunger", "inflation", "crime", "drug", "drugs",
    "narcotics", "blaze", "blazes", "wildfire", "wildfires", "flood", "flooding", "drought",
    "desertification", "pollution", "climate", "smuggling", "trafficking", "piracy",
    "illiteracy", "unemployment", "obesity", "addiction", "graft", "fraud", "extremism",
    "terrorism", "radicalisation", "radicalization", "misinformation", "disinformation",
    "locust", "locusts", "pest", "pests", "bird",
    # "a ruling striking down regulations", "fought the bill": laws, not people
    "law", "laws", "regulation", "regulations", "ruling", "rulings", "bill", "bills",
    "legislation", "provision", "provisions", "ban", "decree", "policy", "policies",
}  # fmt: skip


def abstract_foe(head: Token) -> bool:
    """Is what a force verb or noun is used against a disease, vice or disaster?"""
    foes = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    foes += [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("against", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for foe in foes:
        words = {foe.lemma_.lower(), foe.lower_}
        words |= {c.lower_ for c in foe.children if c.dep_ in ("compound", "amod")}
        if words & ABSTRACT_FOES:
            return True
    return False


# Words that only sport uses: a sentence with a strong one (or a text with three
# different ones) describes a game, whose "strikes", "attacks" and "blows" are no violence.
SPORTS_WORDS = {
    "wicket", "wickets", "innings", "batsman", "batsmen", "bowler", "bowlers",
    "midfielder", "midfielders", "goalkeeper", "goalkeepers", "striker", "strikers",
    "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal",
    "quarterfinals", "quarter-final", "quarter-finals", "touchdown", "touchdowns",
    "cricket", "football", "soccer", "rugby", "basketball", "tennis", "hockey",
    "hat-trick", "half-time", "halftime", "scoreline", "fifa",
    "uefa", "olympics", "olympic", "medal", "medals", "championship", "tournament",
    "playoff", "playoffs",
}  # fmt: skip
# The unambiguous ones decide a sentence alone.
STRONG_SPORTS_WORDS = {
    "wicket", "wickets", "innings", "batsman", "batsmen", "bowler", "midfielder",
    "goalkeeper", "touchdown", "hat-trick", "half-time", "halftime", "scoreline", "cricket",
    "soccer", "rugby", "basketball", "tennis", "semifinal", "quarterfinal", "semi-final",
    "quarter-final",
}  # fmt: skip


def sporting_sentences(doc: Doc) -> set[int]:
    """Starts of the sentences that describe a game (all of them in a sports story)."""
    text = doc_text(doc).lower()
    if not any(word in text for word in SPORTS_WORDS):
        return set()  # most texts: one pass over the text, no tokens visited
    words = [t.lower_ for t in doc]
    if not SPORTS_WORDS.intersection(words):
        return set()
    starts = {s.start for s in doc.sents}
    if len(SPORTS_WORDS.intersection(words)) >= 3:  # three different sporting words
        return starts
    return {t.sent.start for t in doc if t.lower_ in STRONG_SPORTS_WORDS}


# What kills without an actor: "floods killed 1,100 people" is no political event.
NATURAL_CAUSES = {
    "flood", "fire", "blaze", "wildfire", "earthquake", "quake", "storm", "cyclone",
    "hurricane", "typhoon", "tornado", "landslide", "mudslide", "avalanche", "tsunami",
    "drought", "heat", "heatwave", "monsoon", "rain", "downpour", "disease", "cholera",
    "outbreak", "epidemic", "pandemic", "virus", "famine", "accident", "crash",
    "collapse", "eruption", "lightning", "cold", "snowstorm", "stampede", "collision",
    "derailment",
}  # fmt: skip


# What happens by accident: "were killed when three buses collided", "a stampede".
ACCIDENT_WORDS = {
    "collide", "collision", "crash", "accident", "stampede", "derail", "derailment",
    "capsize", "overturn", "landslide", "earthquake", "quake", "flood", "floods",
    "avalanche", "drown", "electrocute", "electrocution", "mishap", "cyclone", "typhoon",
}  # fmt: skip  # not "fire" ("opened fire") nor "storm" ("stormed the embassy")
REFLEXIVES = {"themselves", "himself", "herself", "itself"}


def stranded_subject(verb: Token) -> list[Token]:
    """'after a fire at a wedding hall killed 100 people': the parser hung the subject
    on the preposition before the verb; the widest noun phrase ending right before the
    verb is it."""
    if verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    widest = max(
        (
            a
            for a in (before, *before.ancestors)
            if a.right_edge.i == verb.i - 1
            and a.i < verb.i
            and a.pos_ in ("NOUN", "VERB")
            and a.tag_ != "VBD"
        ),
        key=lambda a: verb.i - a.left_edge.i,
        default=None,
    )
    return [widest] if widest is not None else []


def accidental(verb: Token, subjects: list[Token], passive: bool) -> bool:
    """Deaths no one inflicted: a passive killing with no agent in a sentence about an
    accident or disaster, or people who killed themselves."""
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        return True
    causes = [
        verb.head if s.lower_ in ("which", "that") and verb.dep_ == "relcl" else s for s in subjects
    ]  # "a deadly stampede which killed 364 people"
    if not subjects and not passive:
        causes += stranded_subject(verb)
    if any(c.lemma_.lower() in NATURAL_CAUSES for c in causes):
        return True
    passive = passive or any(c.dep_ == "auxpass" for c in verb.children)
    if not passive or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(t.lemma_.lower() in ACCIDENT_WORDS for t in verb.sent)
