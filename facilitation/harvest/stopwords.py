"""Dutch and English stop words: left out of key phrases and near-duplicate comparisons."""

_DUTCH = """
aan al alle alleen als also ben bij bijvoorbeeld bv daar daarom dan dat de deze die dit doe doen
door dus een eens en er ga gaan geen gewoon had heb hebben heeft hem het hier hij hoe hun ik in
is ja je jij jou jouw kan kun kunnen maar me meer men met mij mijn moet moeten na naar net niet
niets nog nu of om omdat ons onze ook op over te tegen toch tot u uit van veel voor vooral waar
wat we wel wie wij wil willen word worden wordt zal ze zelf zich zij zijn zo zoals zou zouden
andere ander iets iemand iedereen elk elke ieder dingen ding even heel erg echt
"""
_ENGLISH = """
a about all also an and any are as at be because been but by can could do does for from get
has have he her his how i if in into is it its just more most my no not of on or our out so
some than that the their them then there these they this to too up us very was we were what
when which who will with would you your
"""

STOP_WORDS: frozenset[str] = frozenset((_DUTCH + _ENGLISH).split())
