import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { VolunteerForm } from "@/features/volunteers/components/volunteer-form";
import { volunteerStrands } from "@/features/volunteers/data";
import { emptyVolunteerValues } from "@/features/volunteers/form-values";
import { volunteersPolicy } from "@/features/volunteers/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Nowy wolontariusz" };

export default async function NewVolunteerPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, volunteersPolicy.manage);
  const strands = await volunteerStrands(centre);
  return (
    <>
      <p className="mb-6">
        <Link href={`/${centre.slug}/staff/volunteers`} className="text-blue-800 underline">
          Wszyscy wolontariusze
        </Link>
      </p>
      <PageHeader title="Nowy wolontariusz" caption={centre.name}>
        <p>Porozumienie wolontariackie dodasz na stronie wolontariusza, po zapisaniu.</p>
      </PageHeader>
      <VolunteerForm initial={emptyVolunteerValues()} strands={strands} />
    </>
  );
}
