-- AlterTable
ALTER TABLE "Volunteer" ADD COLUMN     "sex" "Sex";

-- CreateTable
CREATE TABLE "AttendanceChange" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "fromStatus" "AttendanceStatus" NOT NULL,
    "toStatus" "AttendanceStatus" NOT NULL,
    "changedById" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttendanceChange_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateIndex
CREATE INDEX "AttendanceChange_centreId_sessionId_participantId_changedAt_idx" ON "AttendanceChange"("centreId", "sessionId", "participantId", "changedAt");

-- AddForeignKey
ALTER TABLE "AttendanceChange" ADD CONSTRAINT "AttendanceChange_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceChange" ADD CONSTRAINT "AttendanceChange_centreId_sessionId_participantId_fkey" FOREIGN KEY ("centreId", "sessionId", "participantId") REFERENCES "Attendance"("centreId", "sessionId", "participantId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- By hand: a correction changes something; an individual period runs forwards.
ALTER TABLE "AttendanceChange" ADD CONSTRAINT "AttendanceChange_changes_check" CHECK ("fromStatus" <> "toStatus");
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_period_check" CHECK ("periodEnd" IS NULL OR "periodStart" IS NULL OR "periodEnd" >= "periodStart");
