"""Word lists: reporting verbs, pronouns, titles, source nouns, anonymity phrases.

Data, not logic. Everything is lower case; verbs are keyed by lemma, with
their inflected forms so that rules work on a blank pipeline too.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

# Reporting verbs by cue class. Speech verbs introduce quotes; writing and
# thought verbs introduce attributed content in news as well.
SPEECH_VERBS: tuple[str, ...] = (
    "say", "tell", "add", "continue", "ask", "answer", "reply", "respond", "explain",
    "note", "state", "declare", "insist", "argue", "claim", "warn", "acknowledge",
    "admit", "announce", "comment", "complain", "concede", "confirm", "deny",
    "emphasize", "emphasise", "joke", "quip", "recall", "remark", "report", "stress",
    "suggest", "testify", "urge", "vow", "promise", "predict", "boast", "charge",
    "contend", "counter", "assert", "allege", "observe", "mention", "shout", "yell",
    "scream", "whisper", "plead", "lament", "conclude", "call", "describe", "brag",
    "cry", "exclaim", "muse", "mutter", "pledge", "proclaim", "protest", "rail",
    "retort", "scoff", "snap", "speculate", "sneer", "tease", "thunder",
    "advise", "caution", "demand", "inform", "reiterate", "repeat",
    "assure", "interject", "agree", "opine",
    # how it was said ('"This is fantastic!" beamed Donald Hartley' has no word for 'said')
    "affirm", "gush", "fume", "murmur", "grumble", "groan", "sigh", "laugh", "chirp", "growl", "enthuse",
    "exult", "gripe", "gasp", "stammer", "intone", "aver", "rant", "snarl",
    "accuse", "blast", "slam", "mock", "praise", "criticize", "criticise", "dismiss",
    "recount", "chant", "quote", "cite", "characterize", "characterise", "refer", "hail",
    "label", "dub", "brand", "specify", "question", "challenge", "attack", "thank", "ridicule",
    "propose", "endorse", "reject", "bemoan", "scold", "decry", "denounce", "condemn", "lambaste", "tout", "sing", "recite", "shrug",
    "point", "fire", "shoot", "hit", "push", "put", "sum", "weigh", "chime", "go",  # with a particle (NEEDS_PARTICLE)
)
WRITING_VERBS: tuple[str, ...] = (
    "show", "find", "reveal", "indicate", "disclose", "estimate", "read", "write", "tweet", "post", "email", "blog", "publish", "retweet",
)
# Verbs that report a stance taken in public: what they act on is attributed
# content ('attacked [Machado]', 'backed [the deal]', 'declined [to comment]').
STANCE_VERBS: tuple[str, ...] = (
    "back", "support", "defend", "blame", "oppose", "embrace", "welcome", "applaud", "fault",
    "discuss", "express", "highlight", "list", "offer", "order", "portray", "decline", "refuse",
    "speak", "talk", "focus", "encourage", "recommend", "trumpet", "float",
    "signal", "outline", "detail", "address", "hint", "advocate", "press",
    "campaign",
)
# Verbs that report an attitude: 'favored [a ban]', 'sought [to block the deal]'.
ATTITUDE_VERBS: tuple[str, ...] = ("favor", "favour", "seek", "intend", "view", "regard", "deem", "care")
THOUGHT_VERBS: tuple[str, ...] = (
    "want", "plan", "decide", "consider", "see",
    "believe", "think", "feel", "fear", "hope", "worry", "know", "expect", "doubt",
    "wonder", "suspect", "figure", "reckon", "imagine", "assume", "guess", "realize",
    "realise", "recognize", "understand",
)

CUE_CLASS: dict[str, str] = {
    **{v: "speech" for v in STANCE_VERBS},
    **{v: "thought" for v in ATTITUDE_VERBS},
    **{v: "speech" for v in SPEECH_VERBS},
    **{v: "writing" for v in WRITING_VERBS},
    **{v: "thought" for v in THOUGHT_VERBS},
}

# The kind of attribution a record makes (its field ``class``), by its cue word's
# lemma. What the cue lists above do not place here is ``speech``; the verbs of
# WRITING_VERBS that report a finding rather than words are placed by their source
# (``FINDING_CUES``). The classes and their examples are in README.
ATTRIBUTION_CLASSES: tuple[str, ...] = ("speech", "writing", "thought", "stance", "action")
WRITING_CUES: frozenset[str] = frozenset({
    "write", "tweet", "post", "email", "blog", "publish", "retweet", "report", "pen", "sign", "print",
    "headline", "editorialize",
})
THOUGHT_CUES: frozenset[str] = frozenset({
    *THOUGHT_VERBS, *ATTITUDE_VERBS, "seem", "appear", "look", "sound", "perceive", "foresee", "anticipate",
    "estimate", "project", "rumor", "rumour", "remember", "forget", "trust", "prefer", "like", "love", "hate",
    "dislike", "enjoy", "care", "agree", "mean", "identify", "recognise", "envision", "envisage", "dream",
    "aim", "wish", "long", "yearn", "regret", "resent", "admire", "respect", "notice", "learn", "bet",
})
STANCE_CUES: frozenset[str] = frozenset({
    "back", "support", "defend", "blame", "oppose", "embrace", "welcome", "applaud", "fault", "praise",
    "criticize", "criticise", "critique", "attack", "blast", "slam", "mock", "ridicule", "scold", "lambaste",
    "lambast", "decry", "denounce", "condemn", "endorse", "reject", "dismiss", "hail", "champion",
    "advocate", "favor", "favour", "target", "bash", "knock", "chide", "rebuke", "berate", "assail",
    "needle", "taunt", "celebrate", "salute", "congratulate", "thank", "honor", "honour", "commend",
    "laud", "extol", "promote", "push", "press", "campaign", "lobby", "rally", "pan", "trash",
    "skewer", "question", "challenge", "dispute", "contest", "resist", "fight", "protest", "boycott",
    "distance", "disavow", "repudiate", "renounce", "abandon", "snub", "shun", "ignore", "downplay",
    "discount", "belittle", "disparage", "demonize", "vilify", "smear", "insult", "offend", "upset",
    "anger", "outrage", "bristle", "acquiesce", "accept", "approve", "disapprove", "sanction", "veto",
    "signal", "float", "trumpet", "focus",
})
ACTION_CUES: frozenset[str] = frozenset({
    "decline", "refuse", "plead", "vote", "release", "order", "file", "sue", "block", "launch", "hire",
    "fire", "appoint", "nominate", "elect", "drop", "quit", "resign", "withdraw", "suspend", "end", "start",
    "pass", "adopt", "enact", "implement", "spend", "pay", "buy", "purchase", "raise", "donate", "give",
    "invite", "permit", "allow", "ban", "forbid", "prosecute", "charge", "indict", "convict", "sentence",
    "investigate", "probe", "count", "watch", "face", "avoid", "forfeit", "postpone", "delay", "shift",
    "try", "work", "persuade", "convince", "obtain", "receive", "win", "lose", "set",
})
# Cues that report a finding: a person's ('she found that …') is a thought or speech,
# a poll's, a study's or a document's ('a poll showed …') an action (FINDING_SOURCES).
FINDING_CUES: frozenset[str] = frozenset({"show", "find", "indicate", "reveal", "suggest", "put", "confirm"})
FINDING_SOURCES: frozenset[str] = frozenset("""
poll polls polling survey surveys study studies data analysis analyses research report reports review
figures numbers statistics estimate estimates count results result records record documents document
filings filing emails email messages files tally tallies projections model models evidence census
materials investigation audit returns
""".split())
# Polls a clause's figures are read 'in' ('In the latest CBS poll, Trump leads …', '… has been
# leading in the polls'): the poll is the source (cues._in_poll).
POLL_NOUNS: frozenset[str] = frozenset({"poll", "polls", "survey", "surveys"})
# Nouns of a written source: 'issued a statement saying …', 'according to the Times'.
WRITTEN_SOURCES: frozenset[str] = frozenset("""
statement letter note memo editorial op-ed column tweet tweets post posts email emails release filing
filings document documents book article essay report paper transcript website blog newsletter headline
times post journal reuters bloomberg politico tribune herald gazette globe newsweek magazine
""".split())
# Report nouns by class ('her criticism of …' is a stance): what is not here is speech.
NOUN_CLASS: dict[str, str] = {
    **{n: "stance" for n in ("criticism", "attack", "attacks", "praise", "support", "opposition", "endorsement",
                             "defense", "defence", "outrage", "ire", "backing", "condemnation", "clash")},
    **{n: "thought" for n in ("view", "belief", "hope", "hopes", "fear", "fears", "concern", "opinion",
                              "doubt", "doubts", "expectation", "worry", "suspicion", "sense", "impression")},
    **{n: "action" for n in ("decision", "refusal", "plan", "effort", "vote", "move")},
    **{n: "writing" for n in ("letter", "memo", "editorial", "tweet", "post", "email", "essay", "article",
                              "book", "note")},
}

# Verbs that report only with a particle: 'point out', 'fire back', 'put it'.
NEEDS_PARTICLE: dict[str, tuple[str, ...]] = {
    "point": ("out", "to"), "fire": ("back",), "shoot": ("back",), "hit": ("back",), "push": ("back", "for"),
    "put": ("it",), "sum": ("up",), "weigh": ("in",), "chime": ("in",), "go": ("on",),
}

# Forms that _forms cannot build (regular ones, doubled consonants included, it can).
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "understand": ("understand", "understands", "understood"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "find": ("find", "finds", "found", "finding"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "read": ("read", "reads", "reading"),
    "go": ("go", "goes", "went", "going"),
    "put": ("put", "puts", "putting"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "hit": ("hit", "hits", "hitting"),
    "sing": ("sing", "sings", "sang", "singing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "send": ("send", "sends", "sent", "sending"),
}


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
        past = lemma[:-1] + "ied"
    else:
        past = stem + "ed"
    forms = (lemma, third, past, stem + "ing")
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        # 'admit' -> 'admitted': doubled where the last syllable is stressed; an extra
        # form where it is not ('visitted') is harmless, as nothing spells it.
        forms += (lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    return forms


# Inflected form -> lemma, for pipelines without a lemmatizer.
VERB_FORMS: dict[str, str] = {}
for _lemma in CUE_CLASS:
    for _form in _forms(_lemma):
        VERB_FORMS.setdefault(_form, _lemma)
VERB_FORMS["told"] = "tell"

# 'according to X', 'in the words of X'
ACCORDING_TO: tuple[tuple[str, ...], ...] = (("according", "to"), ("in", "the", "words", "of"))

# Pronouns: gender ('m', 'f' or None) and number ('sg' or 'pl').
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("m", "sg"), "she": ("f", "sg"), "they": (None, "pl"), "it": (None, "sg"),
    "i": (None, "sg"), "we": (None, "pl"), "you": (None, "sg"),
}
# Verbs of manner that report a quote only in a bare clause right after it, when the quote
# closes on a comma, '?' or '!' ('"Would it be negotiable?" Hannity pressed.', '"This is
# fantastic!" beamed Donald Hartley'); anywhere else they say what they mean ('pressed for a
# vote', 'offered no proof', 'smiled at the crowd'), and they never report content.
POST_QUOTE_CUES: frozenset[str] = frozenset({
    "press", "offer", "beam", "smile", "grin", "chuckle", "nod", "interrupt", "sniff", "deadpan",
    "volunteer", "marvel", "prod", "huff", "smirk", "bark", "hiss", "wail", "sob",
    "retaliate", "start", "begin", "elaborate",  # '"…," Hannity started.', '"…," an angry Hollande retaliated.'
})
# The forms of the verbs of manner after a quote, kept apart: they are no cue anywhere else.
POST_QUOTE_FORMS: dict[str, str] = {form: lemma for lemma in sorted(POST_QUOTE_CUES) for form in _forms(lemma)
                                    if form not in VERB_FORMS}
# Verbs that report only right after a quote ('"…," agrees X', '"…," the statement read'):
# before one they mean something else ('agreed to … in two areas: "…"').
POST_ONLY: frozenset[str] = frozenset({"agree", "read"})
# Things whose words are no one's that the text says: a sign's, a placard's or a banner's words are quoted with
# no source ('A hand-painted banner tied to the railings read "Culture is not a luxury"'), as a count of who
# is quoted wants them, not with the banner for a source.
SIGN_NOUNS: frozenset[str] = frozenset("""
sign placard banner poster graffiti billboard signboard noticeboard
""".split())
# Things that speak for whoever issued them: 'issued a statement saying "…"'.
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "statement", "ad", "advertisement", "letter", "report", "editorial", "email", "e-mail", "tweet",
    "memo", "release", "post", "video", "film", "message", "note", "op-ed", "column", "commercial",
    # a written reply, a court's judgment, a submission ('said in a written reply … the reply said')
    "reply", "response", "judgment", "judgement", "ruling", "submission",
    # a government's communiqué, a legislator's written question ('In a written interpellation, legislator Chan
    # Iek Long asked …')
    "communiqué", "communique", "interpellation",
    # court and official papers ('In a document released on Monday, the mission said …', 'the indictment says')
    "document", "filing", "complaint", "lawsuit", "indictment", "affidavit", "circular",
    # a social-media account's posts are its owner's ('the club's official account on X posted')
    "account",
})
# Nouns by which a sentence after a quote names whose words they were: 'Those were the words of
# Jane Doe', 'That was the verdict of one analyst'.
WORDS_OF_NOUNS: frozenset[str] = frozenset({
    "word", "words", "verdict", "view", "assessment", "message", "reaction", "response", "conclusion",
    "warning", "advice", "sentiment", "take", "reply", "answer", "retort", "comment",
})
# Cues that introduce only quoted words, never reported content.
QUOTE_ONLY_CUES: frozenset[str] = frozenset({"quote", "chant", "sing", "read", "continue"})
# Cues whose 'to'-infinitive is reported content: 'promised to deport …'.
XCOMP_CUES: frozenset[str] = frozenset({
    "promise", "vow", "pledge", "threaten", "urge", "ask", "tell", "warn", "hope", "expect", "plan",
    "claim", "agree", "demand", "advise", "decide", "intend", "propose", "offer", "refuse", "decline",
    "want", "seek", "encourage", "order", "call", "recommend", "signal",
})
# Verbs that attribute reported content ('a poll showed [Clinton leading]') but too
# loosely to introduce a quote or to be what a later 'he said' refers back to.
INDIRECT_ONLY: frozenset[str] = frozenset({
    "show", "find", "reveal", "indicate", "disclose", "estimate", "want", "plan", "decide", "consider", "see",
    "propose", "endorse", "reject", *STANCE_VERBS, *ATTITUDE_VERBS,
})
# Cues whose object is what they report: 'promised [immigration reform]',
# 'accused [Russia of hacking]'. Not 'attacked [cars]', 'told [reporters]'.
OBJECT_CUES: frozenset[str] = frozenset({
    "promise", "pledge", "vow", "deny", "confirm", "announce", "accuse", "propose", "endorse", "reject",
    "repeat", "reiterate", "predict", "claim", "cite", "acknowledge", "admit", "describe", "praise",
    "criticize", "criticise", "condemn", "denounce", "decry", "demand", "recount", "recall",
    "report", "reveal", "disclose", "estimate", "suggest", "mention", "question", "dismiss", "tout",
    "attack", "blast", "slam", "mock", "ridicule", "scold", "lambaste", "lambast", "bemoan", "challenge", "hail",
    "back", "support", "defend", "blame", "oppose", "embrace", "welcome", "applaud", "fault", "discuss",
    "express", "highlight", "list", "offer", "order", "portray", "favor", "favour", "seek", "view", "regard",
    "deem", "want", "show", "find", "indicate", "recommend", "trumpet", "float", "signal", "outline", "detail",
    "address", "consider", "see", "characterize", "characterise", "label", "brand",
})
# Passives whose subject holds the views they report: 'Republican senators [are split] on whether …',
# 'the council is deeply [divided] over the deal', 'voters are [torn] between …'.
DIVIDED_CUES: frozenset[str] = frozenset({"split", "divide", "polarize", "polarise", "tear"})
# Cues that report only when a predicate follows their object, which says what the object is:
# 'called [the actions lawful]', 'called [her son her hero]', 'dubbed [the plan a disaster]'; not
# 'called the police', 'called LeVell, a former county chairman, on stage'. With the predicate all in
# quote marks, they take a stance ('described [the route as ‘a lifeline’]', 'accused [ministers of
# "setting councils up to fail"]': ``classes``).
NAMING_CUES: frozenset[str] = frozenset({"call", "dub", "describe", "label", "brand", "term", "nickname", "accuse",
                                         "characterize", "characterise", "portray", "deride", "hail", "slam"})
# Cues whose content is a prepositional object: 'called for [a special prosecutor]',
# 'spoke about [the economy]', 'referred to [the attack]'.
PREP_CUES: dict[str, tuple[str, ...]] = {
    "call": ("for", "on"), "say": ("of", "about"), "point": ("to",), "push": ("for",),
    "speak": ("about", "of", "on"), "talk": ("about",), "refer": ("to",),
    "respond": ("to",), "focus": ("on",), "comment": ("on",), "write": ("about",), "complain": ("about",),
    "warn": ("about", "of", "against"), "ask": ("about",), "agree": ("with",), "express": ("about",),
    "argue": ("for", "against"), "rail": ("against",), "worry": ("about",), "think": ("about",),
    "care": ("about",), "hint": ("at",), "advocate": ("for",), "press": ("for",),
    "campaign": ("for", "against"), "testify": ("about",),
}
# Verbs that present a claim without saying whose it is: 'Clinton [appeared] to
# assuage concerns', 'the House [is expected] to pass the bill'. Raising verbs
# report in the active voice, the others only in the passive without a 'by' agent.
RAISING_CUES: frozenset[str] = frozenset({"seem", "appear"})
# Verbs of putting a question: their participle with no subject of its own ('Asked about the timing,
# he said …', 'Pressed on the issue, …') reports what an unnamed asker put.
QUESTIONING_CUES: frozenset[str] = frozenset({"ask", "press", "question"})
# Adverbs that present what their clause says as others' report, unnamed: '[the hackers have] reportedly
# [infiltrated 100 officials]'.
HEARSAY_ADVERBS: frozenset[str] = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
PASSIVE_CUES: frozenset[str] = frozenset({
    "expect", "say", "believe", "think", "report", "see", "regard", "view", "consider", "deem", "know",
    "rumor", "rumour", "project", "predict", "describe", "perceive",
})

# Every verb form the rules know, with its lemma: what tags.py gives verbs when
# the pipeline's lemmatizer does not run (fast mode).
# (the forms of the verbs that report, raise or take a passive: what the report scorer's features read)
CUE_VERB_FORMS: dict[str, str] = {
    **{form: lemma for lemma in sorted(RAISING_CUES | PASSIVE_CUES) for form in _forms(lemma)}, **VERB_FORMS}
# The forms of the auxiliaries, whose lemmas rules read ('That was the message from …', a claim hung on 'be').
AUXILIARY_FORMS: dict[str, str] = {
    **dict.fromkeys("be am is are was were been being 's 're 'm".split(), "be"),
    **dict.fromkeys("have has had having 've".split(), "have"),
    **dict.fromkeys("do does did done doing".split(), "do"),
}
ALL_VERB_FORMS: dict[str, str] = {**CUE_VERB_FORMS, **AUXILIARY_FORMS}

# Attitude adjectives that say someone insisted on something, in words: 'Ridley was adamant [the ball
# struck his chest]' reports speech, not a belief.
ASSERTING_ADJECTIVES: frozenset[str] = frozenset({"adamant", "emphatic", "insistent", "unequivocal", "categorical"})
# Adjectives that report a stance held by their subject: 'Sarandon is not [sure]
# she can vote for Clinton', 'voters are [worried] about the economy' (with a parse).
ATTITUDE_ADJECTIVES: frozenset[str] = frozenset({
    "sure", "unsure", "confident", "convinced", "certain", "uncertain", "worried", "concerned", "optimistic",
    "pessimistic", "skeptical", "sceptical", "hopeful", "afraid", "fearful", "doubtful", "eager",
    "glad", "angry", "upset", "furious", "disappointed", "fond", "critical", "supportive", "wary", "nervous",
}) | ASSERTING_ADJECTIVES
ADJECTIVE_PREPS: tuple[str, ...] = ("about", "of", "with", "in", "over")

# Nouns that report what their possessor said or holds: 'Sanders's [claim] that he
# can still win', 'Obama's [decision] to withdraw', 'her [criticism] of the plan'.
REPORT_NOUNS: frozenset[str] = frozenset({
    "claim", "statement", "assertion", "argument", "suggestion", "warning", "promise", "pledge", "vow", "call",
    "demand", "request", "plea", "proposal", "criticism", "accusation", "charge", "allegation", "denial",
    "admission", "announcement", "decision", "insistence", "prediction", "complaint", "comment", "remark",
    "view", "belief", "hope", "fear", "concern", "opinion", "message", "threat", "refusal", "support",
    "opposition", "endorsement", "attack", "praise", "defense", "defence", "description", "explanation",
})
NOUN_PREPS: tuple[str, ...] = ("of", "about", "for", "on", "against", "over")
# Nouns whose complement is what someone said: 'her remark that "…"', 'his call for "…"'.
SPEECH_NOUNS: frozenset[str] = frozenset("""
remark remarks comment comments statement call promise pledge vow claim claims assertion suggestion answer reply
response prediction warning declaration description words word insistence accusation admission demand
proposal quip joke boast plea slogan refrain mantra line phrase characterization criticism
""".split())
# Nouns that name what someone said, as news names whose words a quote was right after it ('"Fire does
# not read contracts." The words, from Oleiros mayor Helena Matos, drew applause.').
WORDS_NOUNS: frozenset[str] = frozenset("""
word words remark remarks comment comments appeal plea warning message verdict quip line assessment admission
""".split())
# Nouns that take a 'that' clause as their own content: 'the fact that …', 'reports that …'.
CONTENT_NOUNS: frozenset[str] = REPORT_NOUNS | SPEECH_NOUNS | frozenset("""
fact news evidence report idea notion possibility sign impression rumor rumour speculation assurance
question doubt suspicion conclusion finding theory
""".split())
# Third-person possessives and the pronoun each stands for: 'his remark' is his.
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "their": "they", "its": "it"}
# A pronoun as an object, which names a source in 'according to him': the subject pronoun it stands for.
OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}
# Every other form of a third-person pronoun, as the subject pronoun it stands for.
PRONOUN_STANDS_FOR: dict[str, str] = {**POSSESSIVE_PRONOUNS, **OBJECT_PRONOUNS}
# Words that follow a participle, not a name, at the start of a sentence: 'Sentencing [him], …'.
PARTICIPLE_OBJECTS: frozenset[str] = frozenset({*OBJECT_PRONOUNS, "it", "me", "us", "the", "a", "an", "his", "its",
                                                "their"})
# Forms of verbs of saying a cue's subject comes right before: 'Tenant advocates [said] …'.
SAYING_FORMS: frozenset[str] = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes"})
# Verbs whose subject is the source of the report noun they take as object:
# 'Le Pen [voiced] support for Trump', 'Trump has [made] comments about …'. Not
# 'faced criticism' or 'drew praise', where the subject is the target.
VOICING_VERBS: frozenset[str] = frozenset({
    "make", "voice", "express", "offer", "issue", "level", "deliver", "give", "post", "publish", "repeat",
    "reiterate", "lodge", "file", "share", "send", "tweet", "retweet", "air", "pen", "write", "avoid", "renew",
    "add", "lend", "signal", "launch", "mount", "unleash", "preach", "unveil", "present", "outline", "float",
    "propose", "include", "provide", "heap", "lob", "hurl", "trade",
})

# Verbs whose subject holds the belief, hope or concern that is their object ('Clinton and Sanders had
# opposing views on …', 'many voters have concerns about …', 'raised doubts about …'): a noun of thought
# (NOUN_CLASS), not one that others give ('Trump has the support of …' is others' support).
HOLDING_VERBS: frozenset[str] = frozenset({"have", "hold", "share", "harbor", "harbour", "raise", "keep"})

# Verbs whose subject is the source of a report noun in their 'with' phrase: 'Trump
# [responded] with attacks on Machado', 'Warren [roused] the crowd with criticism of
# …'. Not 'met with criticism', where the subject is the target.
WITH_VOICING_VERBS: frozenset[str] = frozenset({
    "respond", "react", "reply", "answer", "counter", "retort", "hit", "strike", "fire", "lash", "open",
    "close", "begin", "start", "end", "conclude", "follow", "rouse", "greet", "punctuate",
})

# Relative pronouns: a clause 'who said …' reports its antecedent.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "that", "which", "whom"})
# Pronouns that may only refer back to an organisation or group.
NONPERSON_PRONOUNS: frozenset[str] = frozenset({"it"})

# Members of parliaments and assemblies, by their seat's letters ('Independent MP Zali Steggall', 'the
# Spen Valley MP', 'Jane Hill MP'): a title, a noun of people that refers back, and letters after a name.
SEATS: frozenset[str] = frozenset({"mp", "mep", "msp", "mla", "mpp", "td", "mk"})
SEAT_LETTERS: frozenset[str] = frozenset(seat.upper() for seat in SEATS)  # as written after a name: 'Jane Hill MP'
# Nouns of a seat in an assembly, which a party's member holds beside any office ('Council leader Catrin
# Pryce-Lewis' is 'the Liberal Democrat councillor', 'Senate Majority Leader Harry Reid' 'the Nevada Democrat').
SEAT_NOUNS: frozenset[str] = SEATS | frozenset("""
councillor councilor councilman councilwoman lawmaker legislator senator congressman congresswoman
assemblyman assemblywoman assemblymember representative deputy
""".split())
# Offices held for a place or a field, named before it with 'for' and before the holder's name with no
# comma, as British, Irish and Australian news write them ('Conservative MP for Wycombe Steve Baker',
# 'Minister for Foreign Affairs Penny Wong', 'Secretary of State for Health Wes Streeting'); not a
# spokesman, whose 'for' names whom he speaks for.
SEAT_HOLDERS: frozenset[str] = SEATS | frozenset("""
member senator minister secretary candidate councillor councilor commissioner ambassador envoy mayor
""".split())
# Offices held 'of' something, before their holder's name with no comma ('Minister of Agriculture Aidos
# Baimukhanov', 'director of rugby Iestyn Harries', 'Secretary of Homeland Security Jeh Johnson').
OFFICES_OF: frozenset[str] = frozenset("""
minister secretary director governor chairman chairwoman chair head chief commissioner president leader speaker
""".split())
# Words of what an office is of or for, never of its holder's name: a holder's name is not read
# among them ('Secretary of Health and Human Services' holds no 'Human Services').
DEPARTMENT_WORDS: frozenset[str] = frozenset("""
affairs services service security rugby football cricket hockey basketball baseball athletics coaching medicine nursing
marketing sales strategy legal news content public health development intelligence defense defence state justice
education finance agriculture commerce energy labor labour transport transportation interior environment trade industry industries
works utilities resources planning housing culture tourism sport sports youth information communications technology welfare
treasury economy relations operations fisheries forestry mines mining water infrastructure veterans immigration police prisons
revenue investment innovation science research budget policy programmes programs and of the
""".split())
# Nouns by which the writer calls themself after 'this' ('When this reporter asked what she would do'): the
# byline's writer, as 'I' is.
WRITER_NOUNS: frozenset[str] = frozenset({"reporter", "writer", "correspondent", "journalist", "columnist",
                                         "newspaper", "paper", "publication", "website"})
# Words of a news outlet's name ('the Hürriyet Daily News', 'The Times of Israel', 'The Globe'), and broadcasters
# known by their initials: an outlet that asks a question in its own story is its writer asking.
# Verbs that say someone put questions to a person, with the preposition before that person (none: the
# object), that introduce an exchange of questions and answers in quote marks ('The SOLOMON STAR spoke to head
# coach Dickson Kadau', 'The Times caught up with his son', 'We sat down with her', 'I asked the mayor').
INTERVIEW_VERBS: dict[str, frozenset[str]] = {
    "speak": frozenset({"to", "with"}), "talk": frozenset({"to", "with"}), "chat": frozenset({"to", "with"}),
    "catch": frozenset({"with"}), "sit": frozenset({"with"}), "put": frozenset({"to"}),
    "interview": frozenset(), "ask": frozenset(), "meet": frozenset(),
}
# ... by their forms too, for pipelines without a lemmatizer (fast mode: 'caught', 'spoke')
INTERVIEW_FORMS: dict[str, str] = {form: lemma for lemma in sorted(INTERVIEW_VERBS) for form in _forms(lemma)} \
    | {"caught": "catch", "sat": "sit", "met": "meet"}
OUTLET_NAME_WORDS: frozenset[str] = frozenset("""
news times post herald tribune journal gazette globe radio television tv daily courier chronicle observer mirror
telegraph guardian express independent monitor star mail standard newspaper inquirer dispatch today sun nation
ledger bulletin reports
""".split())
BROADCASTERS: frozenset[str] = frozenset("bbc cbc abc nrk rúv ruv err yle svt dr rté rte sabc nhk kbs dw".split())
# Titles before a name; those that tell gender carry it.
TITLES: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "dame": "f", "lady": "f", "lord": "m", "madam": "f", "king": "m", "queen": "f",
    "dr": None, "dr.": None, "sen": None, "sen.": None, "senator": None, "rep": None,
    "rep.": None, "representative": None, "gov": None, "gov.": None, "governor": None,
    "gen": None, "gen.": None, "general": None, "adm": None, "adm.": None, "admiral": None,
    "col": None, "col.": None, "lt": None, "lt.": None, "capt": None, "capt.": None,
    "president": None, "vice": None, "secretary": None, "minister": None, "prime": None,
    "prof": None, "prof.": None, "professor": None, "judge": None, "justice": None,
    "garda": None,  # an Irish police officer's rank before the name ('Garda Aoife Brennan … Garda Brennan said')
    "mayor": None, "commissioner": None, "chairman": "m", "chairwoman": "f", "chair": None,
    "speaker": None, "ambassador": None, "director": None, "chief": None, "sgt": None,
    "sgt.": None, "pope": "m", "father": "m", "rev": None, "rev.": None, "reverend": None,
    "defense": None, "defence": None, "foreign": None, "state": None, "attorney": None,
    "former": None, "u.s.": None, "us": None, "deputy": None, "senior": None,
    "candidate": None, "nominee": None, "leader": None, "spokesman": "m",
    "spokeswoman": "f", "spokesperson": None, "the": None, "democratic": None,
    "republican": None, "presidential": None,
    # abbreviated ranks and offices before a name in other countries' news ('Coun. Alejandra Bravo',
    # 'Cllr Jane Hill', Australia's 'Cr Schrinner', 'Det. Insp. Tom Reid', 'Ald. Ray Lopez')
    "coun": None, "coun.": None, "councillor": None, "councilor": None, "cllr": None, "cr": None, "ald": None,
    "ald.": None, "alderman": "m", "det": None, "det.": None, "insp": None, "insp.": None, "supt": None,
    "supt.": None, "const": None, "const.": None, "cpl": None, "cpl.": None, "maj": None, "maj.": None,
    "brig": None, "brig.": None, "cmdr": None, "cmdr.": None,
    # members of parliaments and assemblies ('Independent MP Zali Steggall', 'Fine Gael TD Pádraig Ó Ceallaigh')
    **dict.fromkeys(sorted(SEATS)),
    # offices and ranks written out before a name in local, court and religious news
    # ('Councilwoman Dana Ortiz', 'Sheriff Joe Arpaio', 'Rabbi Rick Jacobs', 'Officer Jane Doe')
    "councilwoman": "f", "councilman": "m", "councilmember": None, "congressman": "m", "congresswoman": "f",
    "assemblyman": "m", "assemblywoman": "f", "assemblymember": None, "alderwoman": "f", "supervisor": None,
    "sheriff": None, "officer": None, "detective": None, "sergeant": None, "lieutenant": None, "captain": None,
    "corporal": None, "constable": None, "inspector": None, "superintendent": None, "colonel": None,
    "commander": None, "rabbi": None, "imam": None, "pastor": None, "bishop": None, "archbishop": None,
    "crown": None, "premier": None, "prefect": None,
    # a South African province's minister, a Member of the Executive Council ('Health MEC Ntandokazi Capa')
    "mec": None,
    # executives' offices before a name ('TikTok CEO Shou Zi Chew')
    "ceo": None, "cfo": None, "coo": None, "cto": None,
    # offices abbreviated before a name ('Pres. Obama', 'Sec. Clinton', 'Atty. Gen. Eric Holder',
    # 'Amb. Samantha Power', 'Fr. James Martin', 'PM Narendra Modi')
    "pres": None, "pres.": None, "sec": None, "sec.": None, "atty": None, "atty.": None, "amb": None,
    "amb.": None, "fr": "m", "fr.": "m", "msgr": "m", "msgr.": "m", "pm": None,
    # British clergy ('Mgr Anthony Sheridan', 'the Revd Nigel Fairbrother', 'Canon David Kershaw')
    "mgr": "m", "mgr.": "m", "revd": None, "revd.": None, "canon": None,
    # honorifics of respect before a name: an Aboriginal or Torres Strait Islander elder ('Aunty Loretta
    # Hood-Jarrah', 'Uncle Trevor Cooper'), one who made the hajj ('Haji Syamsul Bahri Lallo', 'Hajjah Siti Aminah')
    "aunty": "f", "auntie": "f", "uncle": "m", "haji": "m", "hajji": "m", "hajjah": "f", "hajah": "f",
    # and as West African and Levantine news writes it ('Alhaji Usman Garba', 'Alhaja Kafayat Adeyemi', 'Hajiya
    # Amina Bello', 'Hajj Abbas Hussein Srour')
    "alhaji": "m", "alhaja": "f", "hajia": "f", "hajiya": "f", "hajj": "m", "hajjat": "f",
    # a courtesy title before a name in Thai news ('Khun Prasit Wongsawat'), in Indonesian ('Pak Sutrisno', 'Bu
    # Wartini', 'Ibu Siti') and in Swahili ('Bi Mwanaisha Kombo', 'Bw. Juma')
    # a Gulf ruling family's honorific ('Sheikh Abdullah bin Jassim Al Thani' … 'Sheikh Abdullah said')
    "sheikh": "m", "sheikha": "f",
    "khun": None, "pak": "m", "bapak": "m", "bu": "f", "ibu": "f", "bi": "f", "bw": "m",
    # and a Thai villager's, an older woman's and an older man's ('Mae Thongkham Phimpha', 'Lung Sombat')
    "mae": "f", "lung": "m",
    # Malaysian and Bruneian honours before a name ('Datuk Seri Anwar Ibrahim', 'Tun Mahathir Mohamad',
    # 'Datin Rosnah') and a Malaysian state's chief minister ('Menteri Besar Amirudin Shari')
    "datuk": None, "dato": None, "datin": "f", "tun": None, "menteri": None,
    # an elder man, and a mother or elder woman, as East African news calls one ('Mzee Kitwana', 'Mama Grace
    # Wambui Mwangi'); an older woman and man in Philippine news ('Aling Rosalinda Bacsal', 'Mang Tonyo'); a
    # lady in Spanish-speaking countries' ('Doña Teodora'); a lawyer in French-speaking countries' ('Me Alexis
    # Niyonsenga', for Maître)
    "mzee": "m", "mama": "f", "aling": "f", "mang": "m", "doña": "f", "me": None, "maître": None,
    # a union or party comrade, and a member's honour, as African and Commonwealth news write them before
    # a name ('Comrade Joe Ajaero', 'Hon. Mary Kamau', 'the Speaker, Rt Hon. Alban Bagbin')
    "comrade": None, "comr": None, "comr.": None, "cde": None, "hon": None, "hon.": None, "honourable": None,
    "honorable": None, "rt": None, "rt.": None,
    # an elder man, and a market woman or mother, in Sierra Leonean and Gambian news ('Pa Santigie Conteh',
    # 'Mammy Fatu Kargbo', 'Ya Awa Ceesay'), and the Gambian spelling of Alhaji ('Alhagie Touray'); Mr and Mrs
    # in Lesotho's and Botswana's ('Ntate Tumelo Sekoati', 'Rra Molefe', 'Mma Ramotswe')
    "pa": "m", "mammy": "f", "ya": "f", "alhagie": "m", "ntate": "m", "rra": "m", "mma": "f",
    # Burmese honorifics before a name ('U Tin Maung Oo', 'Daw Khin Thida Aye'); Bhutanese titles of a minister
    # and of a holder of the red scarf ('Lyonpo Karma Jurmi', 'Dasho Pema Rinzin'); a Bruneian gentleman's and
    # lady's ('Awang Haji Jufri bin Ahmad', 'Dayang Norhayati'); Cambodian honours ('Oknha Keo Vuthy', 'Lok
    # Chumteav Vy Sophorn'); a Samoan chief's style ('Afioga Leota', 'Susuga Tuimalealiifano')
    "u": "m", "daw": "f", "lyonpo": None, "dasho": None, "awang": "m", "dayang": "f", "oknha": None,
    "lok": None, "chumteav": "f", "afioga": None, "susuga": None,
    # a Muslim scholar's titles in South Asian news ('Maulana Abdul Rauf Qasmi', 'Mawlawi Abdul Qayum Mansoor'),
    # and a Punjabi landowner's honorific before a name ('Chaudhry Iftikhar Warraich'; a surname after one)
    "maulana": "m", "mawlawi": "m", "maulvi": "m", "chaudhry": None,
    # a Muslim woman's honorific in South Asian news ('Begum Nasreen Warraich', 'Begum Khaleda Zia'); a Somali
    # clan elder's titles ('Ugaas Yasin Mohamed Dirie', 'Garaad Jama', 'Nabadoon Hassan Ali')
    "begum": "f", "ugaas": "m", "garaad": "m", "suldaan": "m", "nabadoon": "m",
    # a team's captain, and an Indian district's chief officer ('Skipper Mehedi', 'District Collector Arun Mathew')
    "skipper": None, "collector": None,
}
# Words of TITLES that say what an office is for or when, not that a person holds it ('Defense', 'U.S.').
TITLE_MODIFIERS: frozenset[str] = frozenset({
    "defense", "defence", "foreign", "state", "vice", "prime", "the", "u.s", "us", "former", "deputy", "senior",
    "democratic", "republican", "presidential", "chief"})
# Words that are a title only before another title ('Crown Prince'; 'Swindon Crown Court' is a court).
TITLES_ONLY_BEFORE: frozenset[str] = frozenset({"crown"})
# Words that are titles only after another ('Crown Prince Mohammed bin Salman', whose name has no
# 'Prince'; but 'Prince Harry' is called so; 'Datuk Seri Anwar Ibrahim', but 'Sri Mulyani Indrawati').
TITLES_AFTER: dict[str, frozenset[str]] = {"prince": frozenset({"crown"}), "princess": frozenset({"crown"}),
                                           "seri": frozenset({"datuk", "dato"}), "sri": frozenset({"datuk", "dato"}),
                                           "besar": frozenset({"menteri"})}

# First names that tell gender: frequent ones in English news, curated ...
_NEWS_MALE: frozenset[str] = frozenset("""
aaron adam alan albert alex alexander andrew anthony antonin arnold barack barry ben benjamin
bernie bill bob bobby brad brian bruce carl charles chris christopher chuck dan daniel darrell
dave david dean dennis dick don donald doug douglas ed edward eric frank fred gary george gerald
greg harry henry howard ian jack jacob james jason jeb jeff jeffrey jerry jim jimmy joe joel john
johnny jon jonathan jose joseph josh juan justin keith ken kenneth kevin larry lee leon lindsey
marco mark martin matt matthew michael mike mitch mitt newt nick paul peter phil ralph rand reince
richard rick rob robert roger ron ronald roy rudy rush ryan sam scott sean steve steven ted thomas
tim tom tony vladimir walter william xi jong barney corey kellyanne jared mohammed muhammad
ahmed ali hassan igor sergei dmitry francois emmanuel angela boris nigel shinzo narendra
nate zach wes walt vic kev
""".split()) - {"angela", "kellyanne"}
_NEWS_FEMALE: frozenset[str] = frozenset("""
alice amanda amy ann anna anne barbara betty carly carol caroline catherine christine claire
cynthia deborah debbie diane donna dorothy elizabeth ellen emily emma gina hillary helen huma
jane janet jennifer jessica jill joan joanne judy julia julie karen kate katherine kathleen kathy
kelly kellyanne kim laura lauren linda lisa liz loretta lynn margaret maria marie martha mary
megyn melania michelle nancy nicole nikki olivia pam patricia rachel rebecca ruth sarah sharon
stephanie susan susana theresa valerie virginia wendy angela marine theresa nicola ivanka chelsea
condoleezza hope madeleine samantha sonia elena debbie tammy tulsi kirsten dianne maxine
jen deb meg gabby trish tish
""".split())


def _census_names() -> dict[str, str]:
    """... and the US Census lists in data/first_names.tsv, with the names common elsewhere that
    they lack in data/first_names_world.tsv: name -> 'm', 'f' or '-'."""
    names: dict[str, str] = {}
    for table in ("data/first_names.tsv", "data/first_names_world.tsv"):
        text = resources.files("quotex").joinpath(table).read_text(encoding="utf-8")
        rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
        names.update({name: sex for name, sex in rows if name not in names})
    return names


class _Names(frozenset):  # type: ignore[type-arg]
    """Lower-case given names that hold each name written with accents the list writes without
    ('antónio', 'agnès', 'joão' for 'antonio', 'agnes', 'joao'), as news in English writes them either way."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and not word.isascii() and frozenset.__contains__(self, _unaccented(word))


@functools.lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_CENSUS = _census_names()
MALE_NAMES: frozenset[str] = _Names(_NEWS_MALE | {n for n, sex in _CENSUS.items()
                                                  if sex == "m" and n not in _NEWS_FEMALE})
FEMALE_NAMES: frozenset[str] = _Names(_NEWS_FEMALE | {n for n, sex in _CENSUS.items()
                                                      if sex == "f" and n not in _NEWS_MALE})
FIRST_NAMES: frozenset[str] = _Names(MALE_NAMES | FEMALE_NAMES | frozenset(_CENSUS))


def _name_list(file: str) -> frozenset[str]:
    """The names of a list in ``data/``, one a line, in lower case ('#' starts a comment line)."""
    text = resources.files("quotex").joinpath("data", file).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# An interview's labels: 'Q: …' is the interviewer's question, 'A: …' the answer of the person interviewed.
INTERVIEW_LABELS: dict[str, str] = {"q": "question", "question": "question", "a": "answer", "answer": "answer"}
# Words that label a line no one says ('Photo: Getty Images', 'Update: …', a lone 'Q: …'): no source of a
# labelled line (attribution/labelled.py). Lower case; a label's first word or the whole label.
LINE_LABELS: frozenset[str] = frozenset("""
related update updated updates note notes editor editor's editors correction corrections clarification photo photos
image images picture pictures video videos watch read listen source sources credit credits tags tag topics topic
filed share subscribe advertisement ad sponsored breaking exclusive live opinion analysis background caption
graphic graphics map chart table disclaimer disclosure summary abstract contact email e-mail phone tel fax twitter
facebook instagram website web address date time location venue tickets price prices category section author
byline dateline warning key step part chapter episode season question answer example lesson tip tips fact facts
myth reality verdict result results score final pros cons quote quotes via more also see next previous previously
bottom why what how when where who which q a ps p.s. tl;dr fyi rt dm bio age born died education family spouse
children occupation party office term website hometown residence mail ok yes no name title subject re fw fwd
to from cc bcc sent attachment attachments latest follow contributing contributors contributor reporting additional
revealed boom wow just notice win lose alert developing monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december today tonight yesterday
pictured inset above below left right top more sign scroll newsletter podcast transcript population referee venue
attendance kickoff kick-off weather forecast ingredients method serves directions hours opening admission
""".split()) | {"bottom line", "full text", "read more", "the bottom line", "what we know", "what's next",
                 "editor's note", "programming note", "the big picture", "the latest"}

# Countries, regions, US states and big cities.
PLACES: frozenset[str] = _name_list("places.txt")

# The tabloids' 'father-of-two', 'mum-of-three': a noun of people with the number of its children, read
# as the noun and 'of', with the noun's sex. Nouns of people and heads of descriptions, below.
PARENT_OF: dict[str, str] = {"father-of": "m", "mother-of": "f", "mum-of": "f", "dad-of": "m", "grandfather-of": "m",
                             "grandmother-of": "f"}

# Nouns whose phrase names a person, a group of people, or an organisation.
# Players' positions, which match reports refer back to a player by ('the 26-year-old guard').
PLAYER_POSITIONS: frozenset[str] = frozenset("""
guard linebacker shortstop outfielder infielder catcher receiver cornerback rookie batter wicketkeeper all-rounder
fly-half scrum-half flanker fullback full-back centre-back center-back halfback playmaker
bowler spinner seamer paceman batsman keeper left-hander right-hander opener pacer leg-spinner off-spinner
centre-forward center-forward jockey
""".split())
# A student's or a college player's year, by which school and college sports reports refer back to one ('said
# the junior, who finished 19-of-27').
STUDENT_YEARS: frozenset[str] = frozenset({"freshman", "sophomore", "junior", "senior"})
# Words of a description that say how a person seems, not a title the article gave them: 'the old
# lumberjack' after 'Gilles Fortin, 78, a retired lumberjack'.
DESCRIPTIVE_WORDS: frozenset[str] = frozenset("""
old young elderly veteran longtime long-time seasoned experienced grizzled first-term freshman
""".split())
# Words of a description that give a person's age, as a number with hyphens does ('the old man', 'the
# elderly woman' after 'Santos Ramírez, 71,'): a person the article is about.
AGE_WORDS: frozenset[str] = frozenset("old elderly aged ageing aging".split())
PERSON_NOUNS: frozenset[str] = frozenset(PARENT_OF) | SEATS | PLAYER_POSITIONS | STUDENT_YEARS | frozenset("""
cashier barmaid barman vendor dealer hawker teller receptionist courier mechanic labourer laborer
fishmonger grocer seamstress carpenter broker auditor surveyor caretaker janitor gardener housekeeper
nanny chauffeur cabbie busker geologist biologist astronomer physicist statistician anthropologist
archaeologist sociologist psychologist volcanologist seismologist meteorologist hydrologist
epidemiologist virologist
headteacher headmaster headmistress mum gran granny grandma grandad granddad grandpa
alderman reeve warden paramedic firefighter midwife
pharmacist vicar chaplain coroner magistrate publican landlady fisherman pupil dentist vet
campaigner volunteer principal librarian curator veterinarian chairperson convener convenor
bartender waiter waitress trucker welder electrician plumber accountant administrator registrar
provost rector steward widow widower grandson granddaughter chieftain stalwart
official spokesman spokeswoman spokesperson source aide adviser advisor analyst expert
officer diplomat lawmaker senator congressman congresswoman representative governor mayor
president minister secretary ambassador general admiral commander director chairman chairwoman
chair head chief leader member staffer strategist pollster economist professor scholar researcher
scientist lawyer attorney prosecutor judge justice witness resident voter supporter critic
activist unionist organizer organiser candidate nominee executive founder manager person man woman
consultant operative insider observer commentator columnist reporter journalist editor writer
author historian friend relative neighbor neighbour student teacher doctor nurse worker employee
owner investor trader banker negotiator envoy emissary delegate representative detective agent
investigator veteran soldier protester protestor demonstrator host
anchor moderator donor fundraiser surrogate ally rival opponent challenger
chancellor premier operator actor actress mogul billionaire businessman businesswoman
entrepreneur tycoon neurosurgeon surgeon physician colleague architect lobbyist
pope pontiff commissioner frontrunner front-runner hopeful contender incumbent star singer comedian
pastor priest bishop rabbi imam coach player athlete ceo economist academic lecturer councillor
councilman councilwoman legislator politician pundit broadcaster correspondent photographer
driver pilot farmer miner engineer clerk sheriff deputy trustee plaintiff defendant victim
survivor wife husband mother father son daughter brother sister
suspect gunman shooter attacker assailant bystander passerby passer-by eyewitness inmate prisoner detainee hostage
barrister solicitor councilor backbencher
cleric preacher cardinal monk nun reverend evangelist archbishop
sergeant lieutenant captain colonel corporal constable inspector superintendent marshal
striker midfielder goalkeeper substitute winger defender forward quarterback pitcher skipper boss year-old
broadcaster presenter novelist poet artist designer chef footballer cricketer golfer boxer swimmer
cyclist sprinter astronaut magnate philanthropist animator illustrator parliamentarian
king queen prince princess duke duchess monarch earl countess baron baroness emir sheikh sultan
taoiseach tánaiste pm treasurer
parent grandparent grandmother grandfather retiree pensioner homeowner shopkeeper customer passenger
patient tenant landlord commuter motorist tourist villager shepherd user poster commenter advocate filmmaker
narrator boy girl child kid teen teenager youth gentleman mom dad impersonator impostor spymaster blogger
constituent counsel confidant confidante loyalist associate acquaintance look-alike emcee
attendee backer citizen detractor fan follower listener onlooker participant proponent reader respondent spectator
viewer
assistant teammate referee umpire partner uncle aunt cousin nephew niece juror musician producer mediator
planner saxophonist pianist guitarist drummer violinist cellist trumpeter bassist vocalist composer conductor
songwriter rapper dancer choreographer playwright screenwriter sculptor painter dj
""".split())
# Nouns that name a group of people as one ('the family', 'the crowd'): a group, whatever their number.
GROUP_NOUNS: frozenset[str] = frozenset("family crowd audience couple jury".split())
# A member of a party or a camp: 'a New Hampshire Republican said', 'one Democrat familiar with
# the talks' is an unnamed person; 'Democrats said' is a party, 'conservatives' a public.
PARTY_MEMBERS: frozenset[str] = frozenset("""
democrat republican independent conservative liberal libertarian progressive moderate tory
""".split())
# People counted as a crowd or a share of the public ('about 200 protesters', 'critics',
# 'respondents'): unnamed, but no one whose name the article withholds.
PUBLIC_NOUNS: frozenset[str] = frozenset("""
crowd audience protester protestor demonstrator voter supporter critic respondent resident fan
people public attendee participant spectator onlooker citizen viewer reader listener follower
proponent opponent backer detractor delegate millennial american commentator pundit observer
""".split())
# Nouns of travel: what 'to' after them names is a place, whatever NER made of it ('an expedition
# to Ama Dablam', 'the road to Mazar-i-Sharif'), never a person a pronoun may refer to.
TRAVEL_NOUNS: frozenset[str] = frozenset("""
expedition trip journey voyage flight trek tour pilgrimage route road highway railway excursion
crossing ferry migration evacuation
""".split())
# Heads of the definite descriptions by which news refers back to a person it names
# ('the Republican presidential candidate', 'the former president', 'the retired
# neurosurgeon'); unlike 'the official', such a description never withholds a name.
EPITHET_NOUNS: frozenset[str] = frozenset(PARENT_OF) | SEATS | PLAYER_POSITIONS | frozenset("""
candidate nominee senator congressman congresswoman representative governor mayor president
minister secretary chancellor premier mogul billionaire businessman businesswoman tycoon
neurosurgeon surgeon actor actress pope pontiff frontrunner front-runner hopeful contender
incumbent star singer comedian entrepreneur speaker justice judge chairman chairwoman
journalist anchor diplomat lawmaker author writer activist economist commentator columnist
pundit physician scientist professor rapper musician filmmaker coach athlete veteran founder
cleric preacher cardinal pastor rabbi imam bishop archbishop captain
manager boss skipper striker midfielder goalkeeper substitute winger forward defender quarterback pitcher year-old
batsman bowler
broadcaster presenter novelist poet artist designer chef footballer cricketer golfer boxer swimmer
cyclist sprinter astronaut magnate philanthropist historian
leader
king queen prince princess duke duchess monarch earl countess baron baroness emir sheikh sultan
taoiseach tánaiste pm ceo
""".split())
# Nouns for one person of a nation or region; news refers back to a person it names by one
# ('Novak Djokovic won. "…," the Serbian said'), or by the nation they play for ('the Nigeria
# international'). Words that are also plural ('the Chinese', 'the Swiss') are left out.
DEMONYMS: frozenset[str] = frozenset("""
american briton brit englishman englishwoman scot scotsman scotswoman welshman welshwoman
irishman irishwoman frenchman frenchwoman german spaniard italian dutchman dutchwoman belgian
austrian dane swede norwegian finn icelander pole czech slovak hungarian romanian bulgarian
russian ukrainian belarusian serb serbian croat croatian bosnian slovenian albanian greek turk
cypriot israeli palestinian egyptian iranian iraqi syrian jordanian saudi emirati qatari yemeni
moroccan algerian tunisian libyan nigerian ghanaian kenyan ethiopian ugandan zimbabwean
cameroonian indian pakistani afghan bangladeshi nepali korean filipino indonesian
malaysian australian aussie kiwi canadian mexican brazilian argentine argentinian colombian
venezuelan chilean peruvian uruguayan ecuadorian cuban jamaican haitian dominican
texan californian floridian bavarian catalan basque swiss zambian malawian rwandan tanzanian senegalese
international
""".split())

ORG_NOUNS: frozenset[str] = frozenset("""
ministry department agency campaign committee company government administration office
pentagon commission council party court bureau board firm organization organisation group
association union institute foundation center centre network newspaper magazine channel tabloid broadsheet
station paper team embassy military army navy police service corporation bank
city county town village municipality province
authority regulator watchdog charity hospital school university college club league federation
coalition alliance trust parliament senate congress cabinet tribunal utility airline insurer lender
retailer manufacturer automaker carmaker publisher broadcaster outlet affiliate daily weekly
mission delegation
""".split())
# Heads of the definite descriptions by which news refers back to an organisation it names
# ('Acme Corp. cut its forecast … the company said'); kinds of business and institution, not
# 'the government' or 'the party', which name no one organisation of the article's.
# Nouns that an organisation's name ends with or opens with, and by which news refers back to it
# ('the Jane Goodall Institute … the institute said', 'the Department of Justice … the department');
# not 'group', 'team' or 'network', which news uses of other organisations too.
ORG_NAME_NOUNS: frozenset[str] = frozenset("""
institute university foundation ministry department agency commission council committee court bureau
embassy association union corporation bank party center centre municipality journal hospital trust
society authority tribunal board fund federation organisation organization chamber company academy college
school museum office
""".split())
# Nouns of bodies whose names go on with 'for' and what the body is for, as British and Commonwealth
# bodies are named ('the Department for Infrastructure', 'the Institute for Fiscal Studies', 'the
# Office for National Statistics', 'the Campaign for Nuclear Disarmament'); an office a person holds
# is another thing (SEAT_HOLDERS: 'Minister for Foreign Affairs Penny Wong').
ORG_FOR_NOUNS: frozenset[str] = ORG_NAME_NOUNS | frozenset("""
office campaign alliance coalition
""".split())
# Heads of a definite description that refers back to the body the article named with the same
# words at the end of its name ('the Homes Now Coalition … the coalition said', 'Poland's finance
# ministry … the finance ministry said', 'the Hartwell County Sheriff's Office … the sheriff's office');
# not 'the group', 'the team', a place or 'the government', which name other bodies too.
BODY_REFERENCE_NOUNS: frozenset[str] = ORG_NOUNS - frozenset("""
group team city county town village province government military army navy police pentagon
""".split()) | {"district"}
# Verbs whose subject cites, reads or answers a document someone else made: 'Achterberg pointed to a
# city staff report … The report said' is no word of Achterberg's.
CITING_VERBS: frozenset[str] = frozenset("""
point cite quote reference refer see obtain receive review examine study analyse analyze dispute reject
criticise criticize challenge question contest welcome praise dismiss leak seize find show
""".split())
# A place's word that names its council only in the form 'the City of Kamloops', 'the County of Santa Clara',
# to which 'the city said' refers back; never the place ('Kansas City').
PLACE_BODY_NOUNS: frozenset[str] = frozenset({"city", "town", "county", "village", "municipality", "borough"})
# Words before a kind of organisation that make it another one than the one named before
# ('the rival company', 'the parent company'): no reference back.
OTHER_ORG_WORDS: frozenset[str] = frozenset("""
rival other another competing second third different parent sister partner fellow former new
acquiring acquired smaller larger bigger biggest largest
""".split())
ORG_EPITHETS: frozenset[str] = frozenset("""
company firm club bank airline retailer carrier insurer lender charity broadcaster carmaker
automaker chain startup start-up studio publisher manufacturer supermarket conglomerate giant
agency utility regulator watchdog operator developer group
""".split())
# Of those, the nouns a text uses for people as often as for a firm ('the group of protesters'): they
# refer back only to an organisation the text named right after the noun ('logistics group Straitsline').
LOOSE_ORG_EPITHETS: frozenset[str] = frozenset({"group"})
# Words before a role that make it one a person held: 'the former harbourmaster' is someone the text
# named, whatever the noun.
FORMER_WORDS: frozenset[str] = frozenset({"former", "retired", "onetime", "one-time", "ex"})

# How a text says why a source is not named.
# Why a source goes unnamed, as news words it (regular expressions, matched in lower case; the
# reason is reported as written): 'on condition of anonymity', 'asking not to be identified
# because the talks are private', 'who was not authorized to speak publicly'.
ANONYMITY_PATTERNS: tuple[str, ...] = (
    r"(?:on|under) (?:the )?condition (?:of anonymity|that (?:he|she|they|it|his|her|their)[^,.;\"\u201c]{0,30}?"
    r"not be (?:named|identified|quoted))",
    r"(?:who |and )?(?:asked|asking|requested|requesting|declined|declining|wished|wishing|preferred|preferring"
    r"|(?:did|does|do) not want|didn't want|doesn't want|don't want)(?: not)? to be "
    r"(?:named|identified|quoted by name)",
    r"(?:requested|requesting|asked for|asking for|granted|given|was granted|were granted|spoke on|speaking on|"
    r"on the basis of) anonymity",
    r"speaking anonymously|speaking on background|on background",
    # the name itself withheld: 'who did not want her name used', 'asked that his name not be published',
    # 'declined to give her full name'
    r"(?:who |and )?(?:(?:did|does|do|would) not|didn't|doesn't|don't|wouldn't) want (?:his|her|their) "
    r"(?:full |last )?names? (?:used|published|printed|given|disclosed|released|revealed)",
    r"(?:who |and )?(?:asked|asking|requested|requesting) that (?:his|her|their) (?:full |last |sur)?names? "
    r"not be (?:used|published|printed|given|disclosed|released|revealed)",
    r"(?:who |and )?(?:declined|declining|refused|refusing|would not|wouldn't) (?:to )?(?:give|provide) "
    r"(?:his|her|their) (?:full |last )?names?",
    r"(?:who |because (?:he|she|they) )?(?:was|were|is|are|wasn't|weren't|isn't|aren't)(?: not)? authori[sz]ed to "
    r"(?:speak|talk|comment|discuss|be quoted)(?: publicly| on the record)?",
)

# Title words as written before a name, spelt out: 'Vermont Sen. Bernie Sanders' is a senator.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator", "gov": "governor", "rep": "representative", "pres": "president", "gen": "general",
    "sec": "secretary", "atty": "attorney", "adm": "admiral", "col": "colonel", "lt": "lieutenant",
    "capt": "captain", "sgt": "sergeant", "dr": "doctor", "prof": "professor", "rev": "reverend",
    "coun": "councillor", "cllr": "councillor", "cr": "councillor", "councilor": "councillor", "ald": "alderman",
    "det": "detective", "insp": "inspector", "supt": "superintendent", "const": "constable",
    "cpl": "corporal", "maj": "major", "brig": "brigadier", "cmdr": "commander",
    "congressman": "congressman", "gop": "republican", "dem": "democratic", "democrat": "democratic",
}
# Offices news abbreviates to their initials ('the PM said' after 'Prime Minister Narendra Modi'):
# a title with all the words holds the abbreviation too.
TITLE_INITIALS: dict[str, frozenset[str]] = {
    "pm": frozenset({"prime", "minister"}), "ceo": frozenset({"chief", "executive"}),
    "cfo": frozenset({"chief", "financial"}), "coo": frozenset({"chief", "operating"}),
    # and as East African and Commonwealth news write a cabinet secretary, a director-general, a permanent
    # secretary, an inspector-general of police and a chief justice ('Transport CS Nelson Kiprono', 'the DG')
    "cs": frozenset({"cabinet", "secretary"}), "dg": frozenset({"director", "general"}),
    "ps": frozenset({"permanent", "secretary"}), "igp": frozenset({"inspector", "general"}),
    "cj": frozenset({"chief", "justice"}),
}
# Common Korean and Chinese family names as English-language news spells them: before a given name of
# two syllables joined by a hyphen ('Han Ji-woo', 'Tsai Ing-wen') they open a person's name, whatever
# NER made of them ('Han' a NORP); not 'New York-based'.
EAST_ASIAN_FAMILY_NAMES: frozenset[str] = frozenset("""
kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin
kwon hwang ahn an song yoo yu ryu hong jeon chun ko go moon mun yang son sohn bae baek paik heo huh nam
noh roh ha kwak sung cha joo ju woo min na jin ji chae won bang gong hyun ham byun yeo ma
wang li zhang liu chen huang zhao wu zhou xu sun zhu hu guo he lin gao luo zheng liang xie tang feng
deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao zhong cui
tan lai tsai hsu chiang chou lo hung kuo hsieh tseng wong leung chan cheung lau ng
""".split())
# Abbreviations inside family names that spaCy's tokenizer would end a sentence at, kept one token
# with their full stop as titles are ('Rowena Sta. Maria', 'Sto. Tomas', 'Sault Ste. Marie'; spaCy
# keeps 'St.' whole already).
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"sta.", "sto.", "ste."})
# What a thing is said by when no one is its agent: 'said by telephone', 'told by email'.
MEDIUM_NOUNS: frozenset[str] = frozenset("""
phone telephone cellphone email e-mail text message videolink video link letter fax radio satellite zoom skype
teleconference videoconference mail post
""".split())
# The ranks a noun of a kind of person refers back to: 'the officer' after 'Detective Constable
# Gareth Hume' or 'Lt. Col. Dana Reyes'; 'the lawmaker' after 'Sen. Joni Ernst'; 'the cleric' after
# 'Imam Yusuf Adeyemi'.
_POLICE_AND_MILITARY_RANKS = frozenset("""
constable detective sergeant inspector superintendent trooper corporal lieutenant captain major colonel
brigadier commander commissioner deputy marshal sheriff garda
""".split())
_LAWMAKERS = frozenset("""
senator representative congressman congresswoman assemblyman assemblywoman assemblymember mp mla msp
td legislator lawmaker delegate
""".split())
RANKS_OF: dict[str, frozenset[str]] = {
    "officer": _POLICE_AND_MILITARY_RANKS,
    "lawmaker": _LAWMAKERS, "legislator": _LAWMAKERS,
    # ('Justice Gaolape Sebina' … 'the judge said': a court's justices and magistrates are its judges)
    "judge": frozenset({"justice", "magistrate"}),
    "cleric": frozenset({"imam", "rabbi", "pastor", "reverend", "bishop", "archbishop", "cardinal", "father",
                         "sheikh", "ayatollah", "priest", "vicar", "canon"}),
}
# Words that change the role a title names: a vice president is not the president.
ROLE_MODIFIERS: frozenset[str] = frozenset({
    "former", "vice", "deputy", "assistant", "associate", "acting", "interim", "lieutenant", "under", "co",
    "shadow",  # Westminster's and Canberra's opposition spokespeople: 'Shadow Treasurer Angus Taylor'
})
# Of those, the words of one who stands in for a role, and whom news then calls by the role alone
# ('assistant coroner Philippa Marchbank … the coroner said', 'interim chief executive … the chief
# executive'), when no one else holds it; not 'deputy' or 'vice', which are roles of their own.
STAND_IN_MODIFIERS: frozenset[str] = frozenset({"acting", "interim", "assistant", "associate"})
# Nouns that say no more of a person than that they are one: 'the woman' after 'a witness' is the witness.
PLAIN_PERSON_NOUNS: frozenset[str] = frozenset("man woman person boy girl".split())
# Nouns a court report refers back to a person it named by, with no article ('counsel replied').
BARE_EPITHETS: frozenset[str] = frozenset({"counsel"})
# Nouns news refers back to a withheld source by, whatever noun described them first ('A member of the
# board, who asked not to be identified, said … "…," the official said').
WITHHELD_EPITHETS: frozenset[str] = frozenset({"official"})
# Nouns news calls only people it does not name by: 'the source' is never a person the article named
# ('said one of two witnesses who did not want to speak on the record … the source recalled').
UNNAMED_NOUNS: frozenset[str] = frozenset({"source", "insider"})
# Nouns for people that tell their gender.
NOUN_GENDER: dict[str, str] = {
    "man": "m", "woman": "f", "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
    "congressman": "m", "congresswoman": "f", "businessman": "m", "businesswoman": "f", "actress": "f",
    "councilman": "m", "councilwoman": "f", "pope": "m", "wife": "f", "husband": "m", "mother": "f",
    "father": "m", "son": "m", "daughter": "f", "brother": "m", "sister": "f", "boy": "m", "girl": "f",
    "mom": "f", "dad": "m", "gentleman": "m", "lady": "f", "confidante": "f", "boyfriend": "m", "girlfriend": "f",
    "englishman": "m", "englishwoman": "f", "scotsman": "m", "scotswoman": "f", "welshman": "m",
    "welshwoman": "f", "irishman": "m", "irishwoman": "f", "frenchman": "m", "frenchwoman": "f",
    "dutchman": "m", "dutchwoman": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "duke": "m", "duchess": "f", "earl": "m",
    "countess": "f", "baron": "m", "baroness": "f", "emir": "m", "sheikh": "m", "sultan": "m",
    "grandmother": "f", "grandfather": "m", "uncle": "m", "aunt": "f", "nephew": "m", "niece": "f",
    "gran": "f", "granny": "f", "grandma": "f", "grandad": "m", "granddad": "m", "grandpa": "m",
    "widow": "f", "widower": "m", "grandson": "m", "granddaughter": "f", "waitress": "f",
    **PARENT_OF,
}
# Who speaks for a body, after its name ('A Department for Business and Trade spokesperson').
SPOKESPEOPLE: frozenset[str] = frozenset("spokesman spokeswoman spokesperson official representative".split())
# Honorifics before a name that tell no role: 'Mr. Obama' is described by nothing.
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle"})

# Words that open a clause of time ('after de Blasio stated …'): a report inside one dates the
# sentence, and names no source for what follows.
TIME_CONJUNCTIONS: frozenset[str] = frozenset({"after", "before", "when", "while", "since", "until", "once"})
# Words that open an adverbial clause: a reporting clause inside one is the clause's, not a quote's
# before it ('accused of "betraying" islanders after the government confirmed …').
SUBORDINATORS: frozenset[str] = TIME_CONJUNCTIONS | frozenset({"because", "although", "though", "whereas", "unless",
                                                               "if", "whenever"})

# Verbs whose target is their object ('accused [Trump] of lying'): with 'of' or 'with' right after
# the verb there is no object, and the phrase is a headline's passive ('Ministers accused of
# "betraying" islands', 'Man charged with murder'): its subject is the accused, not the source.
CHARGING_VERBS: frozenset[str] = frozenset({"accuse", "charge", "suspect", "convict"})
CHARGE_PREPOSITIONS: frozenset[str] = frozenset({"of", "with"})

# Words that join the names of several speakers into one ('Burton and Nick').
COORDINATORS: frozenset[str] = frozenset({"and", "&"})

# Determiners that open an unnamed source's description.
INDEFINITE: frozenset[str] = frozenset({"a", "an", "one", "some", "several", "many", "two", "three", "other", "another"})
# Words that head 'one of …', 'some of …': the phrase is of the kind the noun after 'of' is.
PARTITIVES: frozenset[str] = frozenset("""
one some many most several all few both each none two three four five dozens hundreds thousands
majority half percent
""".split())
DEFINITE: frozenset[str] = frozenset({"the", "that", "this", "these", "those"})

# Words of time that a parse can take for the subject of a cue ('Saturday at the
# convention Sen. Warren said …'): never a source. Months are left out, as some are names.
# Words that open a sentence in capitals and name no one ('Instead, …', 'Recently, …'): without tags,
# no name begins with them.
SENTENCE_OPENERS: frozenset[str] = frozenset("""
instead despite recently additionally soon later earlier finally sadly unfortunately fortunately ultimately
eventually initially previously separately similarly likewise notably moreover furthermore nonetheless
nevertheless regardless indeed afterward afterwards elsewhere overall currently already
outside inside amid amidst beneath underneath following alongside nearby unlike backstage overseas abroad
""".split())
# Nouns of a distance or a stretch of time that a sentence may open with ('Two streets from the port, a
# woman … stood', 'Three miles away, a farmer … said'): where or when, not who.
MEASURE_NOUNS: frozenset[str] = frozenset("""
street block mile kilometre kilometer metre meter foot feet yard door house
second minute hour day week month year
""".split())
TIME_NOUNS: frozenset[str] = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
    morning afternoon evening night week weekend
""".split())
# When something was said, right after the verb ('said [on Tuesday night] it would cut jobs'): the
# day, a part of it after the day, and the words that may lead them.
SAYING_DAYS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday today tonight "
                                        "yesterday".split())
PARTS_OF_DAY: frozenset[str] = frozenset("morning afternoon evening night".split())
DAY_LEADS: frozenset[str] = frozenset("on late early".split())

# Where and when a thing that is reported was said, in a phrase that ends the thing reported
# ('praised [Obama's presidency] in an interview', 'mocked [Trump] on Twitter', 'announced [his
# endorsement] on Sunday'): prepositions, the media and occasions of saying, and times.
SETTING_PREPOSITIONS: frozenset[str] = frozenset("in on at during via".split())
SAYING_SETTINGS: frozenset[str] = frozenset("""
    interview tweet statement speech address letter email post blog column editorial broadcast appearance
    debate rally conference briefing hearing podcast radio television tv show programme program video
    hall forum summit stop session call page account website twitter facebook instagram youtube
    event dinner luncheon fundraiser ceremony visit trip tour memo op-ed
""".split())
MONTHS: frozenset[str] = frozenset(
    "january february march april may june july august september october november december".split())
SETTING_TIMES: frozenset[str] = SAYING_DAYS | PARTS_OF_DAY | MONTHS | frozenset(
    "week weekend month year weeks months years decade".split())

# First names that are also words, left out of the first-name tables as they are far more often
# a modal, a month or a verb: a name only in capitals inside a sentence, before a capitalised word
# ('said Will Hurd', 'Grant Shapps said'; not 'Will Trump win?' or 'in June Trump said').
WORD_FIRST_NAMES: dict[str, str] = {
    "will": "m", "grant": "m", "chase": "m", "august": "m", "may": "f", "june": "f", "april": "f",
}
# Modals that are surnames ('Theresa May', 'George Will'): a name before a verb no modal takes
# ('May said', 'Will wrote') and after a first name or a title ('Mrs May').
MODAL_NAMES: frozenset[str] = frozenset({"may", "will"})
MONTH_FIRST_NAMES: frozenset[str] = frozenset({"may", "june", "april", "august"})
# Words before a month: 'in June Trump said', 'since April Smith has'.
BEFORE_A_DATE: frozenset[str] = frozenset("""
    in on since until till from through during last next this early late mid of every each
    before after around between and or to than that throughout
""".split())

# A paragraph that heads a reader comment: 'dreamymiss wrote:', 'Mark said...'.
COMMENT_HEADER_VERBS: tuple[str, ...] = ("wrote", "writes", "said", "says", "commented", "replied")
# A paragraph that opens the reader comments: 'Comments', '12 reader comments (12):'.
COMMENT_SECTION_WORDS: tuple[str, ...] = ("comment", "comments")

# Words of a title that stay lower case ('Meet the Press'), and what follows the
# title of a show, a film or a book used as a modifier ('the "Avatar" star').
TITLE_MINOR_WORDS: frozenset[str] = frozenset("a an and as at but by for from in into is of on or the to with vs via".split())
WORK_ROLES: tuple[str, ...] = ("star", "stars", "actor", "actress", "actors", "host", "co-host", "anchor", "creator",
                               "producer", "cast", "episode", "series", "fame")

# Nouns whose plural is not made with -s, and endings of singular nouns that look plural.
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "spokesmen": "spokesman",
    "spokeswomen": "spokeswoman", "chairmen": "chairman", "congressmen": "congressman",
}
NOT_PLURAL_ENDINGS: tuple[str, ...] = ("ss", "us", "is", "news")  # 'boss', 'census', 'analysis', 'news'

# Words that begin with an apostrophe standing for dropped letters ('em, 'til, rock 'n'
# roll): that apostrophe never opens a quote. Two digits ('90s, '08) are elided too.
ELISIONS: tuple[str, ...] = (
    "em", "til", "tis", "twas", "cause", "cos", "coz", "bout", "n", "nuff",
    "s", "d", "ll", "re", "ve", "m",
)

# Works with a title ('his favorite book is "One Hundred Years of Solitude"', 'a film called "…"'),
# but not opinion writing, whose title voices its writer ('The Post responded with a piece entitled "…"'),
# and verbs of reading, watching or listening whose object is a title ('watched "House of Cards"').
WORK_NOUNS: tuple[str, ...] = (
    "book", "novel", "memoir", "biography", "film", "movie", "documentary", "show", "series", "sitcom",
    "song", "album", "record", "single", "play", "musical", "opera", "poem", "painting", "report", "study",
    "paper", "podcast", "episode", "programme", "program", "game", "article",
)
# Parts of a work, before 'of' or 'for' and its title ('the opening scene of "The Long Walk Home"',
# 'the trailer for "Dune"', 'the sequel to "Avatar"').
WORK_PARTS: tuple[str, ...] = (
    "scene", "episode", "season", "chapter", "trailer", "premiere", "finale", "cast", "sequel", "prequel",
    "remake", "credits", "soundtrack", "lyrics", "chorus", "cover", "director", "author", "screenplay", "title",
)
# Verbs of persuading: their passive tells what the subject believes ('was persuaded that', 'is convinced that').
PERSUASION_VERBS: frozenset[str] = frozenset({"persuade", "convince"})

# What comes before the name of a programme or an outlet that someone spoke on or to: 'said on "Meet the
# Press"', 'told "Fox and Friends"', 'in an interview with "Fox News Sunday"', 'an appearance on "CBS This Morning"'.
BROADCAST_LEADS: tuple[str, ...] = (
    "said on", "says on", "spoke on", "speaking on", "appearance on", "appearances on", "interview on",
    "interviewed on", "interview with", "aired on", "airs on", "broadcast on", "told", "tells",
    "according to",  # a source named by its title: 'according to "Perfect Enough: Carly Fiorina and …"'
)
# A gloss: what a word of another language means, quoted ('Latin for "if you wish peace, prepare for war"').
GLOSS_LEADS: tuple[str, ...] = (
    "latin for", "french for", "spanish for", "german for", "italian for", "greek for", "arabic for",
    "hebrew for", "yiddish for", "russian for", "chinese for", "mandarin for", "japanese for", "slang for",
    "shorthand for", "short for", "code for", "translated as", "which translates as", "which means",
)
VIEWING_VERBS: tuple[str, ...] = (
    "read", "reads", "reading", "reread", "watch", "watches", "watched", "watching", "listen to", "listens to",
    "listened to", "listening to", "star in", "stars in", "starred in", "starring in", "appeared in",
    "appeared on", "appears in", "appears on", "appearing in", "appearing on",
)

# --- names across a corpus (quotex/corpus) ----------------------------------------------------

# Lower-case words inside a person's name: 'Bill de Blasio', 'Ludwig van Beethoven'.
NAME_PARTICLES: frozenset[str] = frozenset("""
    de da di del della der den des du la le van von bin ibn al el y st ter ten arap bint binti binte af dos das
    oglu ogly uulu kyzy qizi
""".split())  # (the last, a Turkic patronymic's 'son of' and 'daughter of': 'Tural Rafig oglu Mammadov')
# Portuguese particles a name may hold ('Maria do Céu Antunes'), read where a name is matched in text
# (attribution/named_later.py); 'do' is not among NAME_PARTICLES, where it would join an English verb to the
# names around it ('What did Trump do Tuesday?'); 'dos' and 'das' are ('Paulo Roberto dos Santos').
PORTUGUESE_NAME_PARTICLES: frozenset[str] = frozenset({"do", "dos", "das"})
# Capitalised particles of Irish and Scottish family names: 'Pádraig Ó Ceallaigh', 'Seán Mac Giolla
# Phádraig', 'Máire Ní Bhraonáin'; part of the name, not a word of it.
NAME_CAPITAL_PARTICLES: frozenset[str] = frozenset({"ó", "ua", "uí", "mac", "mc", "ní", "nic"})
# The Arabic article joined to a family name, which news often leaves out later: 'Abdel Fattah
# al-Sisi … Sisi said', 'Bashar al-Assad … Assad'.
NAME_ARTICLES: frozenset[str] = frozenset({"al", "el"})
# Cue verbs whose object is whom the words are for ('told the Taipei Times', 'informed the court'):
# what follows them is never their speaker, as it may be after 'said' ('"…," said Cheng').
ADDRESSEE_CUES: frozenset[str] = frozenset({"tell", "inform", "assure", "remind", "notify", "brief"})
# Verbs by which people make a document ('a letter signed by 400 residents', 'a report published in June by
# the Atlas Solidarity Network'): its speakers; not those by which others pass it on ('an email released by
# Judicial Watch').
MAKING_VERBS: frozenset[str] = frozenset({"sign", "write", "issue", "send", "draft", "author", "co-sign", "pen",
                                          "publish", "compile", "produce", "prepare", "file", "submit"})
# ... by their forms too, for pipelines without a lemmatizer (fast mode: 'signed', 'sent')
MAKING_FORMS: dict[str, str] = {form: lemma for lemma in sorted(MAKING_VERBS) for form in _forms(lemma)}
# Reporting verbs, inflected, that may open a sentence before a name ('Said Comey, "…"'), NER runs into it.
REPORTING_FORMS: frozenset[str] = frozenset(
    form for lemma in ("say", "tell", "add", "ask", "write", "note", "explain", "reply", "recall")
    for form in _forms(lemma) if form != lemma and not form.endswith("ing"))
# Relatives: 'his wife', 'her father' is identified by the relation, not a source whose name the
# article withholds.
# Kin words that make one of a family older or younger than another ('the elder Sardinha' is the father, 'the
# younger Daza' the son).
PARENT_WORDS: frozenset[str] = frozenset("""
father mother dad mum mom parent grandfather grandmother grandparent uncle aunt aunty auntie
""".split())
CHILD_WORDS: frozenset[str] = frozenset("""
son daughter child kid grandson granddaughter grandchild nephew niece boy girl
""".split())
KIN_NOUNS: frozenset[str] = frozenset("""
wife husband mother father son daughter brother sister parent grandparent grandmother grandfather
grandson granddaughter uncle aunt cousin nephew niece widow widower fiance fiancee partner
""".split())
# Relatives in everyday words, and the plain word a record names them by ('my mum' in Beatriz
# Carvalhal's quote is 'Beatriz Carvalhal's mother').
KIN_PLAIN: dict[str, str] = {
    "mum": "mother", "mom": "mother", "mam": "mother", "ma": "mother", "mama": "mother", "mummy": "mother",
    "mommy": "mother", "dad": "father", "daddy": "father", "pa": "father", "papa": "father",
    "missus": "wife", "missis": "wife", "hubby": "husband", "gran": "grandmother", "granny": "grandmother",
    "nan": "grandmother", "nana": "grandmother", "nanna": "grandmother", "grandma": "grandmother",
    "grandpa": "grandfather", "granddad": "grandfather", "grandad": "grandfather", "gramps": "grandfather",
}
# Relatives who share the family's surname, in news, when named by a given name alone after the person
# ('Her brother, Alasdair,' after Ruth Calder is Alasdair Calder); not a spouse or a mother.
BLOOD_KIN: frozenset[str] = frozenset("""
son daughter brother sister father grandfather grandson granddaughter
""".split())
# Voices of a medium ('the ad's narrator', 'the announcer'): unnamed, but no source whose name the
# article withholds.
VOICE_NOUNS: frozenset[str] = frozenset({"narrator", "announcer", "voiceover", "emcee", "moderator", "host"})
# Determiners of no one in particular: 'any rational person', 'every voter', 'no one'.
GENERIC_DETERMINERS: frozenset[str] = frozenset({"any", "every", "no", "each"})
# A subject that is one of the people just named ('Two diplomats said … One said …').
ONE_OF: frozenset[str] = frozenset({"one", "another"})
# Letters after a name that are no part of it: honours, silks and seats ('Anna Patel SC', 'Jane Hill MP', a Member
# of the Senedd's 'Gareth Pryce MS', in capitals: 'Ms' is a title).
POST_NOMINALS: frozenset[str] = frozenset({"SC", "QC", "KC", "BL", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "MS"}) \
    | SEAT_LETTERS
# Generational suffixes: 'Donald Trump Jr.' is not 'Donald Trump'.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
# News outlets named by one word that is no person's name: organisations, whatever NER says.
NEWS_OUTLETS: frozenset[str] = frozenset("""
    politico reuters axios huffpost huffpo buzzfeed mediaite gawker newsweek newsmax vox salon
    breitbart.com politifact factcheck.org propublica bellingcat
""".split())
# Outlets, wires, pollsters and companies named without an organisation's word ('Reuters', 'Le Monde'),
# the one-word outlets above among them.
KNOWN_ORGANISATIONS: frozenset[str] = _name_list("organisations.txt") | NEWS_OUTLETS
# A name ending in one of these is an organisation's, not a person's ('Clinton Foundation').
ORG_NAME_ENDINGS: frozenset[str] = ORG_NOUNS | frozenset("""
    news times post journal tribune inc corp corporation llc ltd university college school press
    fund coalition alliance pac caucus house senate congress parliament fbi cia
    international watch street yard holdings partners securities airlines motors pharmaceuticals
    laboratories technologies herald gazette telegraph hospital plc co
    microsystems systems semiconductor industries logistics therapeutics networks labs foods electronics
    forum confederation chamber resources minerals pictures studios records media
    observer chronicle examiner inquirer enquirer courier sentinel dispatch ledger bulletin
    show podcast programme program hour tonight live radio television tv airport museum library stadium academy clinic
    today nation ledger
""".split())
# Words a firm's full name ends with after the name it is then called by ('Sierra Plata Resources' … 'Sierra
# Plata said', 'Nasova Therapeutics' … 'Nasova'): the short name is the firm's.
FIRM_NAME_ENDINGS: frozenset[str] = frozenset("""
    inc inc. corp corp. corporation llc ltd ltd. plc co co. holdings group partners resources minerals mining
    therapeutics pharmaceuticals technologies industries motors airlines systems labs laboratories networks foods
    electronics logistics semiconductor microsystems securities capital ventures energy entertainment studios
    pictures records media
""".split())
# A name ending in one of these is a street's or a place's, not a person's ('Kaysone Phomvihane Avenue',
# 'Jalan Tun Razak Road'): no 'he' or 'she' refers to it.
PLACE_NAME_ENDINGS: frozenset[str] = frozenset("""
    avenue road boulevard highway expressway motorway square roundabout junction
""".split())
# Words of time that a parse can leave at the end of a source ('The Sanders campaign on Monday').
TIME_PHRASE_STARTS: frozenset[str] = frozenset({"on", "last", "this", "early", "late", "earlier", "later"})
# Verbs that link a subject to what it is, rather than say what it does ('it was unfair', 'it seemed late').
LINKING_VERBS: frozenset[str] = frozenset({"be", "seem", "appear", "look", "sound", "feel", "become", "remain", "get",
                                           "mean", "matter", "happen", "take", "make"})
# Pronouns' other forms: a speaker named only so ('His') is no one to list.
PRONOUN_FORMS: frozenset[str] = frozenset({"him", "his", "her", "hers", "them", "their", "theirs", "its", "me", "my",
                                           "us", "our", "ours", "your", "yours", "himself", "herself", "themselves"})

# Verbs of asking whose object is what was asked for, so the words of a request ('urged [restraint]',
# 'called for [a truce]'): a report with a thing for content is speech after these, an act after
# other verbs of saying ('announced [the walkout]'). The second set asks with 'for'.
REQUEST_CUES: frozenset[str] = frozenset({"urge", "demand", "request"})
REQUEST_FOR_CUES: frozenset[str] = frozenset({"call", "ask", "appeal", "press", "push", "plead", "lobby"})

# Verbs that tell a turn of an exchange answers the one before ('"…," Marsh replied.'): the next
# uncued short quote is the first speaker's turn again.
REPLY_VERBS: frozenset[str] = frozenset({"replied", "replies", "answered", "answers", "responded", "responds",
                                         "retorted", "retorts", "countered", "counters", "shot back"})

# 'the regulator', 'the agency': a public body's epithets, and the words such a body's name is built on
# ('the Office for Payment Systems Oversight', 'the Department of Public Works and Highways').
PUBLIC_BODY_EPITHETS: frozenset[str] = frozenset({"regulator", "watchdog", "agency"})
PUBLIC_BODY_WORDS: tuple[str, ...] = ("office", "department", "ministry", "agency", "authority", "commission",
                                      "inspectorate", "bureau", "directorate", "administration")
