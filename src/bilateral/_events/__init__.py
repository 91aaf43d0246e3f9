"""The event layer: article text to typed events, in stages.

``pipeline.extract`` runs the stages in the order ``pipeline.STAGES`` declares them. Each
module owns one stage; the modules below them (``records``, ``spans``, ``words``) hold the
records passed between stages, span arithmetic and the word classes they share. Arrows only
point down: a stage imports records, spans, words and earlier stages, never a later one.
"""
