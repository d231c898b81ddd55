"""Figures of speech: a thing given a body's symptom ("my wallet went numb", "my diary has double vision").

The red-flag concepts list the everyday senses of their words (`other_senses` in red_flags.yaml), but each
new figure of speech brings a new noun: "my inbox has gone blind", "the hold music was a thunderclap". What
these share is their grammar, not their nouns: a symptom that only a body can have (numb, blind, double
vision, a seizure, a stroke, a thunderclap) is had, or gone into, by a thing. So a red-flag match is read as
a figure of speech when

1. its words are one of those body-only states or acts (`BODY_STATES`: numb, blind, a seizure, fainting,
   choking, seeing double...), not a perception that things can show ("the print looks doubled", "the world
   went black" describe what someone sees);
2. the words just before it are a subject and a verb of having, being or becoming, or the subject alone:
   "my diary has", "the hold music was a", "my wallet went", "the printer is", "my bank balance"
   (`SUBJECT_THEN_VERB`);
3. that subject's head noun is a thing: not a person, a body part or a faculty (`LIVING`, always kept), a word
   the assistant knows as common English (a misspelt "my vison went blind" stays a red flag), and closer in
   meaning to things than to people and bodies by a clear margin (the shipped static embeddings,
   bot/semantic.py; seed words below).

When unsure, the match stands: each of the three must hold.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .semantic import Encoder

BODY_STATES = re.compile(r"^((went|gone|go|goes|going|having|had|has) )?(a )?"
                         r"(numb\w*|blind|double vision|seizures?|fits?|strokes?|thunderclaps?|paraly[sz]\w*|faint\w*|passed out"
                         r"|chok\w*|cough\w*|splutter\w*|wheez\w*|gasp\w*|seeing double|sees double|collaps\w*|convuls\w*|black\w* out)\b")
# "my diary has", "the hold music was a", "my wallet went", "the printer is", "the page keeps", "my bank balance" (then
# "fainted"), "my phone been" (folded from "my phone's been"): a subject, then a verb of having, being or becoming, or none.
SUBJECT_THEN_VERB = re.compile(
    r"\b(my|his|her|our|their|your|the|this|that)( \w+){0,2}? (\w+) "
    r"((has|have|had|got|gets|went|goes|is|was|were|are|keeps|kept|has been|had been|have been|been|has gone|had gone|have gone)"
    r"( (a|an|like a|like an|kind of|sort of|totally|completely|literally|just|all|a total|a complete|an absolute))? )?$")
# A verb or an adverb read where the subject's head noun should be: "my son suddenly started seeing double" (guideline-DJ)
NOT_A_SUBJECT = re.compile(r"^(start|starts|started|starting|began|begun|begins|keeps|kept|suddenly|just|then|now|also|really|already|still)$")
# A body state just before, joined to the one found: "spluttering and " (choking).
ANOTHER_STATE_BEFORE = re.compile(r"(\w+) (and|then|or) $")
# People, bodies and faculties: never a thing, whatever the embeddings say.
LIVING = frozenset("""
i me he she they we you someone somebody person people man woman men women child children kid kids baby babies toddler
son daughter husband wife partner boyfriend girlfriend mum mom mother dad father parent parents brother sister
grandma grandmother nan nana gran granny grandad grandpa grandfather grandparent aunt auntie uncle cousin niece nephew
friend mate flatmate roommate neighbour neighbor colleague coworker boss manager teacher nurse doctor patient client
driver landlord family relative twin twins sibling
body face head neck arm arms leg legs hand hands foot feet finger fingers toe toes thumb side shoulder shoulders chest
back skin lip lips tongue mouth cheek cheeks jaw chin forehead brow brows eyebrow eyebrows eyelid eyelids lid lids
eye eyes ear ears nose scalp temple temples throat brain muscles muscle nerve nerves half left right
vision sight eyesight speech voice memory balance hearing breathing swallowing grip handwriting smile
headache headaches migraine migraines pain ache head's
""".split())
LIVING_SEEDS = ("person man woman child baby son daughter husband wife mother father friend brother sister grandmother "
                "grandfather patient boy girl neighbour nurse doctor body face arm leg hand eye head neck skin lip tongue "
                "finger foot vision sight speech voice memory").split()
THING_SEEDS = ("phone laptop computer inbox email diary calendar wallet bank bill price website app car printer music news "
               "schedule budget account spreadsheet form letter internet wifi kitchen fridge radio television page screen").split()
# Always things, whatever the margin ("diary" and "page" lie close to it), and even when not common English ("app").
THINGS = frozenset(THING_SEEDS) | frozenset("""
system portal site server network software platform engine van boiler heater mower motorbike truck generator kettle
""".split())
MARGIN = 0.07      # how much closer to things than to the living a head noun must be (people seen: at most 0.053)


class FiguresOfSpeech:
    """Tells a body's symptom given to a thing ("my wallet went numb") from one given to a person."""

    def __init__(self, encoder: Encoder, common_words: frozenset[str]):
        self._encoder = encoder
        self._common = common_words
        self._living = self._centroid(LIVING_SEEDS)
        self._things = self._centroid(THING_SEEDS)
        self.is_thing = lru_cache(maxsize=4096)(self._is_thing)

    def figurative(self, sentence: str, start: int, words: str) -> bool:
        """Whether the red-flag `words` found at sentence[start:] are a thing's figure of speech."""
        if not BODY_STATES.match(words):
            return False
        # (after another of them: "my van was spluttering and choking")
        before = ANOTHER_STATE_BEFORE.search(sentence, 0, start)
        if before and BODY_STATES.match(before.group(1)):
            start = before.start()
        subject = SUBJECT_THEN_VERB.search(sentence, 0, start)
        return subject is not None and not NOT_A_SUBJECT.match(subject.group(3)) and self.is_thing(subject.group(3))

    def _is_thing(self, noun: str) -> bool:
        if noun in THINGS:
            return True
        if noun in LIVING or noun not in self._common:
            return False
        vector = self._unit(self._encoder.encode_one(noun))
        return float(vector @ self._things - vector @ self._living) >= MARGIN

    def _centroid(self, words: list[str]) -> np.ndarray:
        return np.mean([self._unit(self._encoder.encode_one(w)) for w in words], axis=0)

    @staticmethod
    def _unit(vector: np.ndarray) -> np.ndarray:
        return vector / (np.linalg.norm(vector) or 1.0)
