-- CreateIndex
CREATE INDEX "Outcome_centreId_achievedOn_idx" ON "Outcome"("centreId", "achievedOn");
