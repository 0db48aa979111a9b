-- The name check and the name search read organization_name_grams. With GIN's fast update, new names go to a pending
-- list that every scan of the index reads in full until (auto)vacuum merges it: after a few hundred registrations
-- a two-bigram lookup took 2.5 ms instead of 1.2 ms (docs/decisions.md, stop 33). Without it each insert updates
-- the index's posting lists at once (16 or so bigrams per name), and scans read only the index.
ALTER INDEX organization_name_grams SET (fastupdate = off);
SELECT gin_clean_pending_list('organization_name_grams');
