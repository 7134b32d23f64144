-- No query reads this index: the wachtlijst finds who wants a maatje through Inburgeraar_wacht_maatje_idx
-- (decision 026). pg_stat_user_indexes showed 0 scans after a load test, npm run bench and the browser
-- runs of 1 December; every write that moves a stored clock of a person (not a HOT update) had to update it.
-- DropIndex
DROP INDEX "Inburgeraar_organisatieId_maatjeGewenstSinds_idx";

