"""Redacting what identifies a patient from a message before it is written anywhere.

`redact` replaces, in this order: e-mail addresses, dates (numeric, ISO, and
written with a year: "2 April 1961", "April 2nd, 1961"; a year after "born"),
street addresses ("42 Elm Street", "1200 N Main St Apt 4"), postcodes and ZIP
codes (US ZIP+4, UK, Canadian), phone numbers, runs of five or more digits
(US ZIP codes among them), and names after "my name is", "name's", "I go by" (any case), after
"I'm", "I am", "this is", "it's", "call me" (capitalised words) and after a
sign-off ("thanks, Maria").

Compact patterns, not a library: the libraries that find names (Presidio,
scrubadub's name detectors) need spaCy or other language models, too heavy
for the assistant and unable to ship inside it; the light ones are old
(commonregex, pyap: last released 2014 and 2020) and cover only part of this.
The patterns lean towards redacting: a capitalised word after "I'm" is taken
for a name unless it is a common word ("I'm Worried" is kept). A lower-case
name after "i'm" cannot be told from a word and is kept; one after "my name
is" is redacted. Symptom words, doses, temperatures and durations stay.
"""
from __future__ import annotations

import re

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_STREET_TYPES = (r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|close|"
                 r"crescent|parkway|pkwy|circle|cir|highway|hwy|square|sq)")
_NOT_STREET_WORDS = r"(?:min|mins|minute|minutes|hour|hours|hr|hrs|mile|miles|km|day|days|week|weeks|mg|units?|of|a|an|the|hour's)"
# Words that follow "I'm" or "this is" capitalised without being a name.
_COMMON = frozenset("""
a an the not so just really very quite still also already always never new here there from in on at with without
having getting going trying taking using feeling looking wondering asking writing calling worried scared afraid sorry
sure fine ok okay good well tired sick ill pregnant diabetic allergic interested curious confused concerned desperate
botox nurse patient mom mum dad mother father wife husband over under about around almost nearly only
what who how why when where which is it that this these those my your his her their our yes no hi hello hey thanks
back later today tomorrow tonight now monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
""".split())

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})\b"                       # 02/04/1961, 2.4.61, 4-2-1961
    rf"|\b{_YEAR}[/.-]\d{{1,2}}[/.-]\d{{1,2}}\b"                                  # 1961-04-02
    rf"|\b{_DAY}\s+(?:of\s+)?{_MONTHS}\.?,?\s+{_YEAR}\b"                          # 2 April 1961, 2nd of Apr 1961
    rf"|\b{_MONTHS}\.?\s+{_DAY},?\s+{_YEAR}\b",                                   # April 2, 1961
    re.IGNORECASE)
_BORN_IN = re.compile(rf"(\bborn\s+(?:in\s+|on\s+)?)(?:{_MONTHS}\s+)?{_YEAR}\b", re.IGNORECASE)   # born in 1961
_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[a-z]?\s+(?:[nsew]\.?\s+)?(?!{_NOT_STREET_WORDS}\b)(?:[a-z][\w'-]*\s+){{0,3}}?{_STREET_TYPES}\b\.?"
    r"(?:,?\s+(?:apt|apartment|unit|suite|ste|flat|#)\.?\s*#?\s*\w+)?",
    re.IGNORECASE)
_POSTCODE = re.compile(
    r"\b\d{5}-\d{4}\b"                                                           # US ZIP+4
    r"|\b[a-z]{1,2}\d[a-z\d]?\s*\d[abd-hjlnp-uw-z]{2}\b"                          # UK: SW1A 1AA, m1 1ae
    r"|\b[abceghj-nprstvxy]\d[a-z]\s?\d[a-z]\d\b",                               # Canada: K1A 0B1
    re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d\s().-]{6,}\d")
_DIGITS = re.compile(r"\d{5,}")
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
_NAME_AFTER_INTRO = re.compile(
    rf"\b(?:my\s+name\s+is|my\s+name's|name's|i\s+go\s+by)\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})",
    re.IGNORECASE)
_CAPITALISED_RUN = rf"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
_NAME_AFTER_I_AM = re.compile(rf"\b(?:[Ii]['’]?m|[Ii]\s+am|[Tt]his\s+is|[Ii]t['’]?s|[Cc]all\s+me)\s+{_CAPITALISED_RUN}")
_NAME_SIGN_OFF = re.compile(rf"\b(?:thanks|thank\s+you|regards|cheers|best|sincerely)[,!.]*\s+(?:-\s*)?{_CAPITALISED_RUN}\W*$",
                            re.IGNORECASE)
_TITLES = frozenset("dr mr mrs ms mx prof jr sr".split())
_STOP = frozenset("and but or so i my me because with who from here".split())


def _replace_name(match: re.Match, *, always: bool = False) -> str:
    """The match with its leading name words (group 1, up to a linking or, unless `always`, a common word) as [name]."""
    run, end = match.group(1), 0
    for word in re.finditer(r"\S+", run):
        bare = word.group().lower().strip(".,")
        if bare in _STOP or (not always and bare in _COMMON):
            break
        end = word.end()
        if word.group().endswith(".") and len(bare) > 1 and bare not in _TITLES:    # "Tom. botox ...": the sentence ended
            end -= 1
            break
    if not end:
        return match.group(0)
    start = match.start(1) - match.start(0)
    return match.group(0)[:start] + "[name]" + match.group(0)[start + end:]


def redact(text: str) -> str:
    """`text` with names, dates, street addresses, postcodes, e-mail addresses, phone numbers and long digit runs replaced."""
    text = _EMAIL.sub("[email]", text)
    text = _DATE.sub("[date]", text)
    text = _BORN_IN.sub(r"\1[date]", text)
    text = _ADDRESS.sub("[address]", text)
    text = _POSTCODE.sub("[postcode]", text)
    text = _PHONE.sub("[phone]", text)
    text = _DIGITS.sub("[number]", text)
    text = _NAME_AFTER_INTRO.sub(lambda m: _replace_name(m, always=True), text)
    text = _NAME_AFTER_I_AM.sub(_replace_name, text)
    return _NAME_SIGN_OFF.sub(_replace_name, text)
