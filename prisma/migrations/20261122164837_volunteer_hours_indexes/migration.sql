-- CreateIndex
CREATE INDEX "VolunteerHours_centreId_taskId_idx" ON "VolunteerHours"("centreId", "taskId");

-- CreateIndex
CREATE INDEX "VolunteerHours_centreId_status_workedOn_idx" ON "VolunteerHours"("centreId", "status", "workedOn");
