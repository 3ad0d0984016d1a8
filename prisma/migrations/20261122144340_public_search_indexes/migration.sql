-- CreateIndex
CREATE INDEX "Offer_name_id_idx" ON "Offer"("name", "id");

-- CreateIndex
CREATE INDEX "Session_startsAt_id_idx" ON "Session"("startsAt", "id");
