-- Trigram indexes make text search ("contains", diacritics folded into searchText) fast.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('SENIORS', 'PARENTS', 'CHILDREN_YOUTH', 'DISABILITY', 'FAMILIES', 'JOB_SEEKERS', 'NEWCOMERS', 'EVERYONE');

-- CreateEnum
CREATE TYPE "ComplianceStatus" AS ENUM ('FULL', 'PARTIAL', 'NONE');

-- AlterTable: a user exists only once they have set a password (no code path makes one without).
DELETE FROM "User" u WHERE "passwordHash" IS NULL AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id);
ALTER TABLE "User" ALTER COLUMN "passwordHash" SET NOT NULL;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "audiences" "Audience"[],
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN     "startMinute" INTEGER,
ADD COLUMN     "weekdays" INTEGER[];

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "movedFrom" TIMESTAMPTZ(3);

-- Renamed by hand (Prisma would drop and re-create it): the counters of failed sign-ins stay.
ALTER TABLE "LoginThrottle" RENAME TO "RateLimit";
ALTER TABLE "RateLimit" RENAME CONSTRAINT "LoginThrottle_pkey" TO "RateLimit_pkey";

-- CreateTable
CREATE TABLE "OfferTranslation" (
    "centreId" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "audience" TEXT,
    "description" TEXT,
    "howToJoin" TEXT,

    CONSTRAINT "OfferTranslation_pkey" PRIMARY KEY ("centreId","offerId","locale")
);

-- CreateTable
CREATE TABLE "ResidentMessage" (
    "centreId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "offerId" UUID,
    "body" TEXT NOT NULL,
    "contact" TEXT,
    "locale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "handledAt" TIMESTAMP(3),
    "handledById" UUID,

    CONSTRAINT "ResidentMessage_pkey" PRIMARY KEY ("centreId","id")
);

-- CreateTable
CREATE TABLE "AccessibilityStatement" (
    "centreId" UUID NOT NULL,
    "publishedOn" DATE NOT NULL,
    "updatedOn" DATE NOT NULL,
    "status" "ComplianceStatus" NOT NULL,
    "nonAccessibleContent" TEXT,
    "preparedOn" DATE NOT NULL,
    "assessmentMethod" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "architecturalAccessibility" TEXT,
    "updatedById" UUID,

    CONSTRAINT "AccessibilityStatement_pkey" PRIMARY KEY ("centreId")
);

-- CreateIndex
CREATE INDEX "ResidentMessage_centreId_handledAt_createdAt_idx" ON "ResidentMessage"("centreId", "handledAt", "createdAt");

-- CreateIndex
CREATE INDEX "Offer_isPublic_archivedAt_type_idx" ON "Offer"("isPublic", "archivedAt", "type");

-- CreateIndex
CREATE INDEX "Offer_searchText_idx" ON "Offer" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Schedule_weekdays_idx" ON "Schedule" USING GIN ("weekdays");

-- AddForeignKey
ALTER TABLE "OfferTranslation" ADD CONSTRAINT "OfferTranslation_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferTranslation" ADD CONSTRAINT "OfferTranslation_centreId_offerId_fkey" FOREIGN KEY ("centreId", "offerId") REFERENCES "Offer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentMessage" ADD CONSTRAINT "ResidentMessage_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentMessage" ADD CONSTRAINT "ResidentMessage_centreId_offerId_fkey" FOREIGN KEY ("centreId", "offerId") REFERENCES "Offer"("centreId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessibilityStatement" ADD CONSTRAINT "AccessibilityStatement_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── Written by hand: derived columns for rows made before this migration ─────────────
-- The app computes these whenever it saves an offer or a schedule (features/offers/search-text.ts,
-- features/schedules/rule.ts); this fills them once for existing rows.
UPDATE "Offer" SET "searchText" = translate(
  lower(concat_ws(' ', "name", "audience", "description", "topic", "facilitator", "targetGroup")),
  'ąćęłńóśźżäöüéáíú', 'acelnoszzaoueaiu');

UPDATE "Schedule" SET "weekdays" = ARRAY(
  SELECT DISTINCT CASE substring(token from '(MO|TU|WE|TH|FR|SA|SU)$')
    WHEN 'MO' THEN 1 WHEN 'TU' THEN 2 WHEN 'WE' THEN 3 WHEN 'TH' THEN 4
    WHEN 'FR' THEN 5 WHEN 'SA' THEN 6 WHEN 'SU' THEN 7 END
  FROM unnest(string_to_array(substring("rrule" from 'BYDAY=([^;]+)'), ',')) AS token
  ORDER BY 1)
WHERE "kind" = 'RECURRING' AND "rrule" IS NOT NULL;

UPDATE "Schedule" SET "startMinute" = split_part("startTime", ':', 1)::int * 60 + split_part("startTime", ':', 2)::int
WHERE "startTime" IS NOT NULL;
