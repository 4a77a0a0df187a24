// Full-text indexes for search across languages. The standard-folding analyzer folds case and
// diacritics (Kazakbaev = Kazakbáev) and splits Chinese and Japanese into single ideographs, so
// one index serves every script.
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX official_names IF NOT EXISTS FOR (n:Official) ON EACH [n.name, n.aliasText, n.titleText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX country_names IF NOT EXISTS FOR (n:Country) ON EACH [n.name, n.nameText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX article_title IF NOT EXISTS FOR (n:Article) ON EACH [n.title]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX topic_label IF NOT EXISTS FOR (n:Topic) ON EACH [n.label, n.about]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
