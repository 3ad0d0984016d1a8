-- AlterTable
ALTER TABLE "ContractEvaluation" DROP COLUMN "nextDueOn";

-- AlterTable
ALTER TABLE "SocialContract" ADD COLUMN     "nextEvaluationOn" DATE;

-- CreateIndex
CREATE INDEX "SocialContract_centreId_status_nextEvaluationOn_idx" ON "SocialContract"("centreId", "status", "nextEvaluationOn");
