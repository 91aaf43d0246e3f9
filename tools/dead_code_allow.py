"""Names that vulture cannot see used, each with the reason it stays (read by `.ci/run`).

vulture reads the package and this file together: a name listed here counts as used. Only
public API (used by callers, documented), protocol hooks and fields of public records belong
here; a private helper that nothing calls is deleted, never listed.
"""

# ruff: noqa: B018  (each line is a bare use of a name, as in vulture's allow-lists)
from types import SimpleNamespace

_ = SimpleNamespace()

_.__getattr__  # PEP 562 hook of bilateral/__init__.py: the lazy public names
_.__dir__  # its companion, for dir(bilateral)
_.date_scope  # public field of Document
_.sentence_of  # public method of Document
_.in_link_block  # public method of Document
_.maxdict  # reprlib.Repr settings in _json (set, read by reprlib)
_.maxlevel  # idem
_.maxlist  # idem
_.maxother  # idem
_.maxstring  # idem
_.is_ambiguous  # public property of CountryMention
_.instance  # attrs validator signature (instance, attribute, value)
_.historical  # public field of Country
_.from_code  # public constructor of Country
_._check  # attrs validator of Dyad, called by attrs
_.from_timex  # public constructor of DateSpan
_.is_multilateral  # public property of Event
_.effect  # public field of Rule
_.example  # public field of Rule (run by tests/test_rules.py)
_.near_miss  # public field of Rule (run by tests/test_rules.py)
_.current_to  # public field of DataVersion
_.STATE  # ActorKind member of the bilateral/1 vocabulary
_.pids  # the worker pool's process ids: how a caller (and the tests) can stop a worker
_.sovereign  # public property of Country (the state a dependent territory belongs to)
