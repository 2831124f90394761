// Answers when the database is up and accepting queries.
RETURN 1 AS ok
