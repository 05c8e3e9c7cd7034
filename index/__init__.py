"""The question-answering core of article-bot: loading, segmentation, analysis,
BM25 search, cross-lingual matching and short answers. No Discord import here."""
