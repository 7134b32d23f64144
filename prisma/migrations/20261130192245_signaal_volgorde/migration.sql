-- Open signals in the order of the start pages (getOpenSignalen): the first twenty come from the index
-- instead of a sort of every open signal of the organisation.
CREATE INDEX "Signaal_ernst_createdAt_id_idx" ON "Signaal"("ernst" DESC, "createdAt", "id");

