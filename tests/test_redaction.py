"""Redaction of what identifies a patient, on messages as patients write them."""
from __future__ import annotations

import pytest

from bot.redaction import redact


@pytest.mark.parametrize("message, redacted", [
    ("Hi, my name is Maria Lopez and I get migraines every week. Is botox safe?",
     "Hi, my name is [name] and I get migraines every week. Is botox safe?"),
    ("hi my name is john smith, can botox help my neck", "hi my name is [name], can botox help my neck"),
    ("I'm Sarah, 45, had botox twice at the clinic on 42 Elm Street",
     "I'm [name], 45, had botox twice at the clinic on [address]"),
    ("This is Dr. Jane Roe calling about my patient's neck pain", "This is [name] calling about my patient's neck pain"),
    ("I am Ahmed Khan, is botox halal?", "I am [name], is botox halal?"),
    ("Hello I'm Anne-Marie O'Neil from Leeds, does it hurt", "Hello I'm [name] from Leeds, does it hurt"),
    ("my name's Tom. botox every 3 months ok?", "my name's [name]. botox every 3 months ok?"),
    ("does botox wear off? Thanks, Maria", "does botox wear off? Thanks, [name]"),
    ("My DOB is 04/02/1961 and I live at 1200 N Main St, Apt 4, Denver CO 80202",
     "My DOB is [date] and I live at [address], Denver CO [number]"),
    ("born on April 2, 1961 - had headaches since", "born on [date] - had headaches since"),
    ("I was born in 1961, is botox ok at my age?", "I was born in [date], is botox ok at my age?"),
    ("date of birth 2nd of April 1961", "date of birth [date]"),
    ("I had 3 rounds, the last on 2024-03-15", "I had 3 rounds, the last on [date]"),
    ("i live at 15 Baker Street, London NW1 6XE, email me at maria.lopez@gmail.com",
     "i live at [address], London [postcode], email me at [email]"),
    ("Canada here, K1A 0B1, call (613) 555-0199", "Canada here, [postcode], call [phone]"),
    ("zip 80202-1234, can I get in this week", "zip [postcode], can I get in this week"),
    ("call me back on 555 123 4567", "call me back on [phone]"),
])
def test_identifying_details_are_redacted(message, redacted):
    assert redact(message) == redacted


@pytest.mark.parametrize("message", [
    "I'm worried botox will damage my neck muscles",
    "Im so tired of these headaches",
    "I'm Not sure botox works",
    "It's really bad today, worst headache of my life",
    "i'm 45 and i'm on 2 meds",
    "a 103 fever for 3 days and 200 mg ibuprofen, 100 units of botox in 31 sites",
    "the clinic is a 20 min drive from my place",
    "this is botox safe?",
    "thank you so much",
    "had it done in March, 3 weeks ago, 2 out of 10 pain now",
])
def test_health_details_that_identify_no_one_are_kept(message):
    assert redact(message) == message
