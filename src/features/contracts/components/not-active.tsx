// A step that needs a contract in force (evaluate, amend, close) opened for one that is not.
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { ContractStatus } from "@/generated/prisma/enums";

const WHY: Partial<Record<ContractStatus, string>> = {
  DRAFT: "Ten kontrakt nie został jeszcze podpisany. Uzupełnij go i zapisz podpisanie.",
  COMPLETED: "Ten kontrakt jest zakończony. Nie można go już zmieniać ani oceniać.",
  TERMINATED: "Ten kontrakt został rozwiązany. Nie można go już zmieniać ani oceniać.",
  EXPIRED: "Okres tego kontraktu minął. Nie można go już zmieniać ani oceniać.",
};

export function NotActive({ status, contractPath }: { status: ContractStatus; contractPath: string }) {
  return (
    <Notice tone="warning" title="Tego nie można zrobić z tym kontraktem">
      <p>{WHY[status]}</p>
      <p className="mt-2">
        <Link href={contractPath} className="text-blue-800 underline">
          Wróć do kontraktu
        </Link>
      </p>
    </Notice>
  );
}
