"""Weights of the speaker re-ranker (rerank.py), written by benchmarks/train_ranker.py
from Wikinews train only. Regenerate; do not edit by hand."""
WEIGHTS: dict[str, float] = {
    'bias': 0.0,
    'rule': 1.9956,
    'rule_cue': 1.3549,
    'rule_pron': -0.8868,
    'rule_inherit': 0.3999,
    'mention': 0.446,
    'prev': -0.3179,
    'subject': 1.091,
    'clause': -0.1802,
    'prev_subject': -0.6046,
    'capseq': 0.6227,
    'cue_prev': 0.1285,
    'after': -0.614,
    'same_sent': 0.573,
    'sent_dist': -0.7234,
    'char_dist': -0.3579,
    'pscore': -0.0366,
    'first_name': 0.021,
    'full_name': -0.0186,
    'count': 0.7623,
    'salience': -0.943,
    'prep_before': -0.2514,
    'in_other_quote': -0.0429,
    'gender_clash': -0.2143,
    'no_rule': -0.0,
}
MARGIN = 1000000000.0  # another candidate must beat the rule answer by this much
NEW_MIN = -1.0  # score a candidate needs where the rules found no speaker
