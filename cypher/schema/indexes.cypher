// Look-ups by name and type, full-text search over names and aliases, articles by publication date, by story, and by
// each of their story band keys (the candidates a new article is compared with).
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX article_story IF NOT EXISTS FOR (a:Article) ON (a.story);
CREATE INDEX article_band_0 IF NOT EXISTS FOR (a:Article) ON (a.band0);
CREATE INDEX article_band_1 IF NOT EXISTS FOR (a:Article) ON (a.band1);
CREATE INDEX article_band_2 IF NOT EXISTS FOR (a:Article) ON (a.band2);
CREATE INDEX article_band_3 IF NOT EXISTS FOR (a:Article) ON (a.band3);
CREATE INDEX article_band_4 IF NOT EXISTS FOR (a:Article) ON (a.band4);
CREATE INDEX article_band_5 IF NOT EXISTS FOR (a:Article) ON (a.band5);
CREATE INDEX article_band_6 IF NOT EXISTS FOR (a:Article) ON (a.band6);
CREATE INDEX article_band_7 IF NOT EXISTS FOR (a:Article) ON (a.band7);
CREATE INDEX article_band_8 IF NOT EXISTS FOR (a:Article) ON (a.band8);
CREATE INDEX article_band_9 IF NOT EXISTS FOR (a:Article) ON (a.band9);
CREATE INDEX article_band_10 IF NOT EXISTS FOR (a:Article) ON (a.band10);
CREATE INDEX article_band_11 IF NOT EXISTS FOR (a:Article) ON (a.band11);
